FROM node:latest
WORKDIR /srv
COPY server.js ./
CMD ["node", "server.js"]
