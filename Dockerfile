# The app image: Node 20 (Debian), dependencies from the lockfile, a production build.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build
ENV PORT=3000
EXPOSE 3000
# With DATABASE_URL set (docker-compose sets it) no embedded PostgreSQL is started.
CMD ["npm", "start"]
