import { Router } from 'express';
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();
export const ordersRouter = Router();

ordersRouter.get('/', async (_req, res) => {
  const orders = await prisma.order.findMany({ take: 50 });
  console.log('orders listed', orders.length);
  res.json(orders);
});

ordersRouter.post('/', async (req, res) => {
  const order = await prisma.order.create({ data: { total: Number(req.body.total) } });
  res.status(201).json(order);
});
