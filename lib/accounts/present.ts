export interface AccountDetail {
  id: string;
  email: string;
  name: string;
  color: string;
  createdAt: string;
}

export const ACCOUNT_FIELDS = { id: true, email: true, name: true, color: true, createdAt: true } as const;

export function presentAccount(row: { id: string; email: string; name: string; color: string; createdAt: Date }): AccountDetail {
  return { id: row.id, email: row.email, name: row.name, color: row.color, createdAt: row.createdAt.toISOString() };
}
