// Deterministic corpus of realistic Dockerfiles and Compose files for the benchmarks and the fuzzers.
// Everything is derived from a seed, so two runs with the same seed lint byte-identical files.
//
//   dockerfileCorpus(seed, count) → [{ name, text }]   (every ecosystem template, official-image style files)
//   composeCorpus(seed, count)    → [{ name, text }]   (stacks of 1 to 40 services)
//   grownDockerfile(factor)       → one Dockerfile repeated `factor` times as extra stages
//   grownCompose(factor)          → one Compose stack repeated `factor` times as extra services
//   dockerfileOfLines(lines)      → a realistic Dockerfile of about that many lines

/** mulberry32: a small, fast, seedable PRNG (good enough for picking templates). */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
    some: (list, lo, hi) => {
      const n = lo + Math.floor(next() * (hi - lo + 1));
      const copy = [...list];
      const out = [];
      while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

const DEBIAN_PACKAGES = ['ca-certificates', 'curl', 'git', 'gnupg', 'tzdata', 'libpq5', 'libssl3', 'wget', 'unzip', 'xz-utils', 'procps', 'tini', 'locales', 'netbase'];
const ALPINE_PACKAGES = ['ca-certificates', 'curl', 'git', 'tzdata', 'libc6-compat', 'openssl', 'bash', 'tini', 'su-exec'];

/** Usually a pinned tag; sometimes the mistakes people really make (latest, no tag), so rules and fixes run. */
function tag(r, image, pinned) {
  if (r.chance(0.08)) return `${image}:latest`;
  if (r.chance(0.05)) return image;
  return `${image}:${pinned}`;
}

function aptInstall(r, indent = '    ') {
  const pkgs = r.some(DEBIAN_PACKAGES, 2, 6).sort();
  const yes = r.chance(0.85) ? ' -y' : '';
  const norec = r.chance(0.7) ? ' --no-install-recommends' : '';
  return [
    `RUN apt-get update \\`,
    `${indent}&& apt-get install${yes}${norec} \\`,
    ...pkgs.map((p) => `${indent}${indent}${p} \\`),
    `${indent}&& rm -rf /var/lib/apt/lists/*`,
  ].join('\n');
}

function apkAdd(r) {
  return `RUN apk add --no-cache ${r.some(ALPINE_PACKAGES, 1, 5).sort().join(' ')}`;
}

function user(r, alpine) {
  if (r.chance(0.3)) return '';
  return alpine
    ? 'RUN addgroup -S app && adduser -S -G app app\nUSER app'
    : 'RUN groupadd --system app && useradd --system --gid app --no-create-home app\nUSER app';
}

function healthcheck(r, port) {
  if (r.chance(0.5)) return '';
  return `HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD curl -fsS http://localhost:${port}/health || exit 1`;
}

function header(r) {
  const lines = [];
  if (r.chance(0.7)) lines.push('# syntax=docker/dockerfile:1');
  if (r.chance(0.2)) lines.push('# check=error=true');
  lines.push(`# ${r.pick(['Production image', 'Build and run the service', 'Multi-stage build', 'Container for the API'])}`);
  return lines.join('\n');
}

const ECOSYSTEMS = {
  node(r) {
    const v = r.pick(['20.18', '22.11', '22.12', '23.3']);
    const pm = r.pick(['npm', 'pnpm']);
    const port = r.pick([3000, 8080, 4000]);
    const install = pm === 'npm' ? 'npm ci' : 'corepack enable && pnpm install --frozen-lockfile';
    const lock = pm === 'npm' ? 'package-lock.json' : 'pnpm-lock.yaml';
    return `${header(r)}
ARG NODE_VERSION=${v}
FROM ${tag(r, 'node', '${NODE_VERSION}-bookworm-slim')} AS deps
WORKDIR /app
COPY package.json ${lock} ./
RUN --mount=type=cache,target=/root/.npm ${install}

FROM deps AS build
COPY . .
RUN ${pm} run build && ${pm} prune --prod

FROM ${tag(r, 'node', `${v}-bookworm-slim`)}
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
USER node
EXPOSE ${port}
${healthcheck(r, port)}
CMD ${r.chance(0.85) ? '["node", "dist/server.js"]' : 'node dist/server.js'}
`;
  },
  python(r) {
    const v = r.pick(['3.11', '3.12', '3.13']);
    const uv = r.chance(0.4);
    const port = r.pick([8000, 5000, 8080]);
    const deps = uv
      ? `COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /bin/uv
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-install-project`
      : `COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt`;
    return `${header(r)}
FROM ${tag(r, 'python', `${v}-slim-bookworm`)} AS build
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /src
${aptInstall(r)}
${deps}

FROM ${tag(r, 'python', `${v}-slim-bookworm`)}
WORKDIR /app
${uv ? 'COPY --from=build /src/.venv /app/.venv\nENV PATH="/app/.venv/bin:$PATH"' : 'COPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/* && rm -rf /wheels'}
COPY . .
${user(r, false)}
EXPOSE ${port}
${healthcheck(r, port)}
CMD ["gunicorn", "--bind", "0.0.0.0:${port}", "app:app"]
`;
  },
  go(r) {
    const v = r.pick(['1.22', '1.23']);
    const multiArch = r.chance(0.4);
    return `${header(r)}
FROM ${multiArch ? '--platform=$BUILDPLATFORM ' : ''}${tag(r, 'golang', `${v}-alpine`)} AS build
${multiArch ? 'ARG TARGETOS TARGETARCH\n' : ''}WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build \\
    CGO_ENABLED=0 ${multiArch ? 'GOOS=$TARGETOS GOARCH=$TARGETARCH ' : ''}go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
USER nonroot:nonroot
ENTRYPOINT ["/app"]
`;
  },
  java(r) {
    const gradle = r.chance(0.5);
    const build = gradle
      ? `FROM ${tag(r, 'gradle', '8.11-jdk21')} AS build
WORKDIR /home/gradle/src
COPY --chown=gradle:gradle . .
RUN gradle bootJar --no-daemon`
      : `FROM ${tag(r, 'maven', '3.9-eclipse-temurin-21')} AS build
WORKDIR /build
COPY pom.xml .
RUN --mount=type=cache,target=/root/.m2 mvn -B dependency:go-offline
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B package -DskipTests`;
    const jar = gradle ? '/home/gradle/src/build/libs/*.jar' : '/build/target/*.jar';
    return `${header(r)}
${build}

FROM ${tag(r, 'eclipse-temurin', '21-jre-jammy')}
WORKDIR /opt/app
COPY --from=build ${jar} app.jar
${user(r, false)}
EXPOSE 8080
${healthcheck(r, 8080)}
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "app.jar"]
`;
  },
  rust(r) {
    return `${header(r)}
FROM ${tag(r, 'rust', '1.83-slim-bookworm')} AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release && rm -rf src
COPY . .
RUN --mount=type=cache,target=/usr/local/cargo/registry \\
    touch src/main.rs && cargo build --release

FROM ${tag(r, 'debian', 'bookworm-slim')}
${aptInstall(r)}
COPY --from=build /src/target/release/app /usr/local/bin/app
${user(r, false)}
ENTRYPOINT ["/usr/local/bin/app"]
`;
  },
  dotnet(r) {
    return `${header(r)}
FROM ${tag(r, 'mcr.microsoft.com/dotnet/sdk', '9.0')} AS build
WORKDIR /src
COPY *.csproj ./
RUN dotnet restore
COPY . .
RUN dotnet publish -c Release -o /app/publish --no-restore

FROM ${tag(r, 'mcr.microsoft.com/dotnet/aspnet', '9.0')}
WORKDIR /app
COPY --from=build /app/publish .
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Api.dll"]
`;
  },
  staticSite(r) {
    return `${header(r)}
FROM ${tag(r, 'node', '22.11-alpine')} AS build
WORKDIR /site
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM ${tag(r, 'nginx', '1.27-alpine')}
COPY nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /site/dist /usr/share/nginx/html
EXPOSE 80
`;
  },
  releaseBinary(r) {
    const tool = r.pick(['kubectl', 'helm', 'terraform', 'yq']);
    return `${header(r)}
FROM ${tag(r, 'alpine', '3.20')}
ARG TARGETARCH
ARG VERSION=1.2.3
${apkAdd(r)}
RUN set -eux; \\
    case "$TARGETARCH" in \\
      amd64) arch=x86_64 ;; \\
      arm64) arch=aarch64 ;; \\
      *) echo "unsupported $TARGETARCH"; exit 1 ;; \\
    esac; \\
    curl -fsSLo /tmp/${tool}.tgz "https://example.com/${tool}/v$VERSION/${tool}-linux-$arch.tgz"; \\
    tar -xzf /tmp/${tool}.tgz -C /usr/local/bin ${tool}; \\
    rm /tmp/${tool}.tgz; \\
    ${tool} --version
${user(r, true)}
ENTRYPOINT ["${tool}"]
`;
  },
  /** The shape of the Docker official images: one long set -eux RUN, keys, an entrypoint script. */
  officialImage(r) {
    const name = r.pick(['redis', 'memcached', 'haproxy', 'mosquitto']);
    const alpine = r.chance(0.4);
    const base = alpine ? tag(r, 'alpine', '3.20') : tag(r, 'debian', 'bookworm-slim');
    const install = alpine ? apkAdd(r) : aptInstall(r);
    return `${base.startsWith('alpine') ? '' : '# vim:set ft=dockerfile:\n'}FROM ${base}

# add our user and group first to make sure their IDs get assigned consistently
RUN set -eux; \\
	${alpine ? `addgroup -S -g 1000 ${name}; adduser -S -G ${name} -u 999 ${name}` : `groupadd -r -g 999 ${name}; useradd -r -g ${name} -u 999 ${name}`}

${install}

ENV ${name.toUpperCase()}_VERSION ${r.int(1, 7)}.${r.int(0, 20)}.${r.int(0, 9)}
ENV ${name.toUpperCase()}_DOWNLOAD_SHA256 ${'0123456789abcdef'.repeat(4)}

RUN set -eux; \\
	\\
	savedAptMark="$(apt-mark showmanual)"; \\
	wget -O ${name}.tar.gz "https://download.example.org/releases/${name}-$${name.toUpperCase()}_VERSION.tar.gz"; \\
	echo "$${name.toUpperCase()}_DOWNLOAD_SHA256 *${name}.tar.gz" | sha256sum -c -; \\
	mkdir -p /usr/src/${name}; \\
	tar -xzf ${name}.tar.gz -C /usr/src/${name} --strip-components=1; \\
	rm ${name}.tar.gz; \\
	make -C /usr/src/${name} -j "$(nproc)" all; \\
	make -C /usr/src/${name} install; \\
	rm -r /usr/src/${name}; \\
	${name} --version

RUN mkdir /data && chown ${name}:${name} /data
VOLUME /data
WORKDIR /data

COPY docker-entrypoint.sh /usr/local/bin/
ENTRYPOINT ["docker-entrypoint.sh"]

EXPOSE ${r.int(1000, 9999)}
CMD ["${name}-server"]
`;
  },
  heredoc(r) {
    return `# syntax=docker/dockerfile:1.7
FROM ${tag(r, 'ubuntu', '24.04')}
RUN <<EOF
set -e
apt-get update
apt-get install -y --no-install-recommends ${r.some(DEBIAN_PACKAGES, 1, 4).join(' ')}
rm -rf /var/lib/apt/lists/*
EOF
COPY <<-'CONF' /etc/app.conf
	listen = 0.0.0.0:${r.int(1000, 9999)}
	workers = ${r.int(1, 16)}
CONF
RUN <<PY python3
print("hello")
PY
CMD ["bash"]
`;
  },
};

const ECOSYSTEM_NAMES = Object.keys(ECOSYSTEMS);

function tidy(text) {
  return text.replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '');
}

export function dockerfile(seed, ecosystem) {
  const r = rng(seed);
  const name = ecosystem ?? ECOSYSTEM_NAMES[seed % ECOSYSTEM_NAMES.length];
  return tidy(ECOSYSTEMS[name](r));
}

export function dockerfileCorpus(seed, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    const ecosystem = ECOSYSTEM_NAMES[i % ECOSYSTEM_NAMES.length];
    out.push({ name: `${ecosystem}-${i}.Dockerfile`, text: dockerfile(seed * 7919 + i, ecosystem) });
  }
  return out;
}

const SERVICE_KINDS = ['web', 'api', 'worker', 'db', 'cache', 'proxy', 'queue', 'search', 'mail', 'metrics'];

/**
 * One service of a stack. `portShift` moves its published host port: copies of one stack in one file would
 * otherwise publish the same host ports, which Compose refuses (and `port-published-duplicate` reports).
 */
function composeService(r, name, kind, all, portShift = 0) {
  const lines = [`  ${name}:`];
  const image = {
    db: `postgres:${r.pick(['16.4', '17.2'])}`,
    cache: `redis:${r.pick(['7.2', '7.4'])}-alpine`,
    proxy: `nginx:${r.pick(['1.27', '1.26'])}-alpine`,
    queue: 'rabbitmq:3.13-management',
    search: 'opensearchproject/opensearch:2.17.1',
    mail: 'axllent/mailpit:v1.21',
    metrics: 'prom/prometheus:v2.55.1',
  }[kind];
  if (image) lines.push(`    image: ${r.chance(0.05) ? image.split(':')[0] + ':latest' : image}`);
  else if (r.chance(0.6)) lines.push('    build:', '      context: .', `      dockerfile: ${kind}.Dockerfile`, ...(r.chance(0.3) ? ['      args:', '        - APP_ENV=${APP_ENV:-production}'] : []));
  else lines.push(`    image: ghcr.io/example/${name}:\${TAG:-1.4.2}`);
  if (r.chance(0.5)) lines.push('    restart: unless-stopped');
  if (kind === 'web' || kind === 'proxy' || kind === 'api') lines.push('    ports:', `      - "${r.chance(0.5) ? '127.0.0.1:' : ''}${r.int(3000, 9000) + portShift}:${r.pick([80, 8080, 3000])}"`);
  const env = r.int(0, 4);
  if (env > 0) {
    if (r.chance(0.5)) {
      lines.push('    environment:');
      for (let i = 0; i < env; i++) lines.push(`      ${kind.toUpperCase()}_OPT_${i}: "\${${kind.toUpperCase()}_OPT_${i}:-value${i}}"`);
    } else {
      lines.push('    environment:');
      for (let i = 0; i < env; i++) lines.push(`      - ${kind.toUpperCase()}_SETTING_${i}=v${i}`);
    }
  }
  const deps = all.filter((n) => n !== name && r.chance(0.15)).slice(0, 3);
  if (deps.length > 0) {
    if (r.chance(0.5)) lines.push('    depends_on:', ...deps.map((d) => `      - ${d}`));
    else lines.push('    depends_on:', ...deps.flatMap((d) => [`      ${d}:`, '        condition: service_started']));
  }
  if (kind === 'db') lines.push('    volumes:', `      - ${name}-data:/var/lib/postgresql/data`, '    secrets:', '      - db_password');
  if (r.chance(0.4)) lines.push('    networks:', `      - ${r.chance(0.5) ? 'backend' : 'frontend'}`);
  if (r.chance(0.3)) lines.push('    healthcheck:', '      test: ["CMD", "true"]', '      interval: 30s', '      timeout: 5s', '      retries: 3');
  if (r.chance(0.2)) lines.push('    deploy:', '      resources:', '        limits:', `          cpus: "${r.pick(['0.5', '1', '2'])}"`, `          memory: ${r.pick(['256M', '512M', '1G'])}`);
  if (r.chance(0.15)) lines.push('    <<: *default-logging');
  return lines;
}

export function compose(seed, services) {
  const r = rng(seed);
  const count = services ?? r.int(1, 40);
  const names = [];
  for (let i = 0; i < count; i++) names.push(i < SERVICE_KINDS.length ? SERVICE_KINDS[i] : `${SERVICE_KINDS[i % SERVICE_KINDS.length]}${Math.floor(i / SERVICE_KINDS.length) + 1}`);
  const lines = [];
  if (r.chance(0.15)) lines.push('version: "3.8"', '');
  if (r.chance(0.5)) lines.push(`name: stack${seed % 1000}`, '');
  lines.push('x-logging: &default-logging', '  logging:', '    driver: json-file', '    options:', '      max-size: "10m"', '');
  lines.push('services:');
  names.forEach((n, i) => lines.push(...composeService(r, n, SERVICE_KINDS[i % SERVICE_KINDS.length], names)));
  lines.push('', 'networks:', '  frontend:', '  backend:', '    internal: true');
  const dbs = names.filter((n, i) => SERVICE_KINDS[i % SERVICE_KINDS.length] === 'db');
  if (dbs.length > 0) lines.push('', 'volumes:', ...dbs.map((d) => `  ${d}-data:`), '', 'secrets:', '  db_password:', '    file: ./secrets/db_password.txt');
  return lines.join('\n') + '\n';
}

export function composeCorpus(seed, count) {
  const out = [];
  for (let i = 0; i < count; i++) {
    // Spread sizes evenly over 1..40 services so small and large stacks are both represented.
    const services = 1 + Math.floor((i * 39) / Math.max(1, count - 1));
    out.push({ name: `stack-${i}-${services}svc.compose.yaml`, text: compose(seed * 104729 + i, services) });
  }
  return out;
}

/** The official-image style Dockerfile with `factor` copies of its stage (each a named stage). */
export function grownDockerfile(factor, seed = 1) {
  const base = dockerfile(seed, 'node');
  const stages = [];
  for (let i = 0; i < factor; i++) {
    stages.push(base.replace(/^# syntax=.*\n/m, '').replace(/ AS (deps|build)\b/g, ` AS $1${i}`).replace(/FROM deps AS/g, `FROM deps${i} AS`).replace(/--from=build /g, `--from=build${i} `));
  }
  const head = base.startsWith('# syntax') ? base.split('\n')[0] + '\n' : '';
  return head + stages.join('\n');
}

/** A Compose file with `factor` copies of a 10-service stack, renamed so every service and host port is distinct. */
export function grownCompose(factor, seed = 1) {
  const names = [];
  for (let i = 0; i < 10 * factor; i++) names.push(`${SERVICE_KINDS[i % 10]}${Math.floor(i / 10)}`);
  const lines = ['x-logging: &default-logging', '  logging:', '    driver: json-file', '', 'services:'];
  for (let copy = 0; copy < factor; copy++) {
    // Every copy draws from a generator seeded alike, so it is the first copy again under other names (and host
    // ports one further on per copy): the grown file holds the 1× file's mix of features and findings, and the
    // ratio measures growth, not a different sample. The stack's ports are over 500 apart, so shifts never meet.
    const r = rng(seed);
    const group = names.slice(copy * 10, copy * 10 + 10);
    group.forEach((n, i) => lines.push(...composeService(r, n, SERVICE_KINDS[i], group, copy)));
  }
  lines.push('', 'networks:', '  frontend:', '  backend:', '', 'volumes:', ...names.filter((_, i) => i % 10 === 3).map((d) => `  ${d}-data:`), '', 'secrets:', '  db_password:', '    file: ./db_password.txt');
  return lines.join('\n') + '\n';
}

/** A realistic Dockerfile of at least `lines` lines (concatenated corpus files as extra stages). */
export function dockerfileOfLines(lines, seed = 3) {
  const parts = [];
  let count = 0;
  for (let i = 0; count < lines; i++) {
    const text = dockerfile(seed * 31 + i).replace(/^# syntax=.*\n/m, '');
    parts.push(text);
    count += text.split('\n').length;
  }
  return parts.join('\n');
}
