import { Hono } from 'hono';

type Env = { DB: D1Database; ENVIRONMENT: string };

const app = new Hono<{ Bindings: Env }>();

app.get('/health', (c) => c.json({ status: 'ok', environment: c.env.ENVIRONMENT }));

app.get('/api/widgets', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, name FROM widgets LIMIT 100').all();
  return c.json(results);
});

export default app;
