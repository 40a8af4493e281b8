import { prisma } from '../lib/db';

export default async function Home() {
  const users = await prisma.user.findMany({ take: 10 });
  console.log('rendering home with', users.length, 'users');
  return (
    <main>
      <h1>Acme portal</h1>
      <ul>{users.map((u) => <li key={u.id}>{u.email}</li>)}</ul>
    </main>
  );
}
