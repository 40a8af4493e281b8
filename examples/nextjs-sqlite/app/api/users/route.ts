import { NextResponse } from 'next/server';
import { prisma } from '../../../lib/db';

export async function GET() {
  const users = await prisma.user.findMany();
  console.log(`listing ${users.length} users`);
  return NextResponse.json(users);
}

export async function POST(request: Request) {
  const body = await request.json();
  try {
    const user = await prisma.user.create({ data: { email: body.email, name: body.name } });
    return NextResponse.json(user, { status: 201 });
  } catch (error) {
    console.error('could not create user', error);
    return NextResponse.json({ error: 'could not create user' }, { status: 400 });
  }
}
