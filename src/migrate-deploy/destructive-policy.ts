// What the action does when pending migrations hold destructive changes (input `destructive`).
export const DESTRUCTIVE_POLICIES = ['fail', 'warn', 'allow'] as const;
export type DestructivePolicy = (typeof DESTRUCTIVE_POLICIES)[number];
