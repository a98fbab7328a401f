FROM debian:bookworm-slim
MAINTAINER Ops Team <ops@example.com>
RUN apt-get update && apt-get install --no-install-recommends curl
CMD node /srv/server.js
