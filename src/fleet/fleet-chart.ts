// The two inline SVG charts of the HTML page: how many repositories fall in each score band, and
// each category's mean score across the fleet. Plain SVG text, no script, no external reference.
import { escapeHtml } from '../lib/html.js';
import type { CategoryAcrossFleet, ScoreBand } from './merge.js';

const BAND_COLOR = (from: number) => (from < 50 ? '#c62828' : from < 80 ? '#ef6c00' : '#2e7d32');

export function scoreBandsSvg(bands: readonly ScoreBand[]): string {
  const width = 440;
  const height = 180;
  const plot = 130;
  const slot = width / bands.length;
  const max = Math.max(1, ...bands.map((b) => b.count));
  const bars = bands.map((b, i) => {
    const h = Math.round((b.count / max) * plot);
    const x = Math.round(i * slot + 4);
    const y = 20 + plot - h;
    return (
      `<g class="band" data-from="${b.from}" data-to="${b.to}" data-count="${b.count}">` +
      `<title>${escapeHtml(`${b.label}: ${b.count}`)}</title>` +
      `<rect x="${x}" y="${y}" width="${Math.round(slot - 8)}" height="${h}" fill="${BAND_COLOR(b.from)}"/>` +
      `<text x="${Math.round(x + (slot - 8) / 2)}" y="${y - 4}" text-anchor="middle">${b.count}</text>` +
      `<text x="${Math.round(x + (slot - 8) / 2)}" y="${height - 12}" text-anchor="middle">${escapeHtml(b.label)}</text></g>`
    );
  });
  return (
    `<svg id="score-bands" role="img" aria-label="Repositories per score band" viewBox="0 0 ${width} ${height}" ` +
    `width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`
  );
}

export function categoriesSvg(categories: readonly CategoryAcrossFleet[]): string {
  const row = 22;
  const label = 110;
  const width = 440;
  const height = Math.max(row, categories.length * row + 4);
  const scale = (width - label - 40) / 100;
  const bars = categories.map((c, i) => {
    const y = i * row + 4;
    const w = Math.round(c.mean * scale);
    return (
      `<g class="category" data-category="${escapeHtml(c.category)}" data-mean="${c.mean}" data-min="${c.min}">` +
      `<title>${escapeHtml(`${c.category}: mean ${c.mean}, lowest ${c.min}, ${c.repositories} repositories`)}</title>` +
      `<text x="${label - 6}" y="${y + 14}" text-anchor="end">${escapeHtml(c.category)}</text>` +
      `<rect x="${label}" y="${y}" width="${w}" height="${row - 6}" fill="${BAND_COLOR(c.mean)}"/>` +
      `<line x1="${label + Math.round(c.min * scale)}" x2="${label + Math.round(c.min * scale)}" y1="${y - 1}" y2="${y + row - 5}" stroke="#000"/>` +
      `<text x="${label + w + 4}" y="${y + 14}">${c.mean}</text></g>`
    );
  });
  return (
    `<svg id="categories" role="img" aria-label="Mean score of each category across the fleet (tick: lowest)" ` +
    `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">${bars.join('')}</svg>`
  );
}
