# One image for the API, which also serves the built web app, and for the board pack worker (`node main.js --worker`),
# which renders PDFs with the Chromium installed here. Used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build -p api web

FROM node:20-bookworm-slim
WORKDIR /app
# Debian's Chromium (and fonts for its PDFs) for the board pack worker; playwright-core drives it at CHROMIUM_PATH.
RUN apt-get update && apt-get install -y --no-install-recommends chromium fonts-liberation && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production CHROMIUM_PATH=/usr/bin/chromium
COPY --from=build /app/dist/apps/api/package.json ./package.json
RUN npm install --omit=dev --no-audit --no-fund && npm install --no-save pg@8 playwright-core@1.65.1
COPY --from=build /app/dist/apps/api ./
COPY --from=build /app/dist/apps/web ./web
ENV WEB_DIST=/app/web PORT=3000
EXPOSE 3000
USER node
CMD ["node", "main.js"]
