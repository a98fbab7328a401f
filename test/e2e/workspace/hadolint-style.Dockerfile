FROM python:3.12-slim
# hadolint ignore=DL3008
RUN apt-get update && apt-get install -y --no-install-recommends gcc
RUN apt-get install --no-install-recommends libpq-dev
CMD ["python", "-m", "shop"]
