import express from 'express';
import cors from 'cors';
import { ordersRouter } from './routes/orders';

const app = express();
app.use(cors());
app.use(express.json());

app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/api/orders', ordersRouter);

const port = Number(process.env.PORT ?? 4000);
app.listen(port, () => {
  console.log(`storefront-api listening on ${port}`);
});
