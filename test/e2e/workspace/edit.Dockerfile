FROM node:latest
WORKDIR /srv
CMD ["node", "server.js"]
