/**
 * Checks a PostgreSQL connection URL and explains what is wrong in one plain sentence,
 * so a typo in DATABASE_URL never surfaces as a driver stack trace.
 */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

export function parseDatabaseUrl(value: string | undefined, variable = "DATABASE_URL"): string {
  if (value === undefined || value.trim() === "") {
    throw new ConfigError(`${variable} is not set; set it to a PostgreSQL URL such as postgresql://user:password@localhost:5432/disputatio, or leave it unset with npm start to use the embedded database.`);
  }
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ConfigError(`${variable} is not a valid URL; expected something like postgresql://user:password@localhost:5432/disputatio.`);
  }
  if (url.protocol !== "postgresql:" && url.protocol !== "postgres:") {
    throw new ConfigError(`${variable} must start with postgresql:// (it starts with ${url.protocol}//).`);
  }
  if (!url.hostname) throw new ConfigError(`${variable} has no host name; expected postgresql://user:password@host:5432/database.`);
  if (url.pathname.replace(/^\//, "") === "") {
    throw new ConfigError(`${variable} names no database; add one after the host, as in postgresql://user:password@host:5432/disputatio.`);
  }
  return value.trim();
}
