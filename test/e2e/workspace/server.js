// Placeholder app so that the fixture Dockerfiles copy files that exist.
require('http').createServer((req, res) => res.end('ok')).listen(process.env.PORT || 3000);
