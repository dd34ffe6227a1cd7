# One image for the API, which also serves the built web app. Used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN NX_DAEMON=false npx nx run-many -t build -p api web

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build /app/dist/apps/api/package.json ./package.json
RUN npm install --omit=dev --no-audit --no-fund && npm install --no-save pg@8
COPY --from=build /app/dist/apps/api ./
COPY --from=build /app/dist/apps/web ./web
ENV WEB_DIST=/app/web PORT=3000
EXPOSE 3000
USER node
CMD ["node", "main.js"]
