import { ruleTester } from '../../support/rule-tester';

const bookworm = "FROM debian:bookworm-slim\nRUN apt-get update && apt-get install -y python3-pip\n";

ruleTester('pip-install-externally-managed', {
  valid: [
    { name: "python image", code: `FROM python:3.12-slim
RUN pip install requests` },
    { name: "older Debian", code: `FROM debian:bullseye
RUN apt-get update && apt-get install -y python3-pip && pip3 install requests` },
    { name: "Ubuntu 22.04", code: `FROM ubuntu:22.04
RUN apt-get update && apt-get install -y python3-pip && pip3 install requests` },
    { name: "pip not from apt", code: `FROM debian:bookworm
RUN pip install requests` },
    `${bookworm}RUN pip3 install --break-system-packages requests`,
    `${bookworm}ENV PIP_BREAK_SYSTEM_PACKAGES=1
RUN pip3 install requests`,
    `${bookworm}RUN python3 -m venv /opt/venv && /opt/venv/bin/pip install requests`,
    `${bookworm}RUN python3 -m venv /opt/venv
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
RUN pip install requests`,
    `${bookworm}RUN pip3 install --target /opt/lib requests`,
    `${bookworm}RUN rm /usr/lib/python3.11/EXTERNALLY-MANAGED && pip3 install requests`,
    { name: "unknown base", code: `ARG BASE
FROM $BASE
RUN apt-get update && apt-get install -y python3-pip && pip3 install requests` },
  ],
  invalid: [
    {
      code: `${bookworm}RUN pip3 install requests`,
      errors: [
        { range: [2, 9, 2, 16], message: "`pip install` into the system Python of `debian:bookworm-slim` fails with \"externally-managed-environment\" (PEP 668); use a virtual environment." },
      ],
      output: `${bookworm}ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
RUN python3 -m venv /opt/venv && pip3 install requests`,
    },
    {
      name: "same RUN, Ubuntu 24.04, --user",
      code: `FROM ubuntu:24.04
RUN apt-get update && apt-get install -y python3-pip && python3 -m pip install --user requests`,
      errors: [
        { range: [1, 71, 1, 78], message: "`pip install` into the system Python of `ubuntu:24.04` fails with \"externally-managed-environment\" (PEP 668); use a virtual environment." },
      ],
      output: `FROM ubuntu:24.04
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
RUN apt-get update && apt-get install -y python3-pip && python3 -m venv /opt/venv && python3 -m pip install --user requests`,
    },
    {
      name: "through the stage chain",
      code: `FROM debian:12 AS base
RUN apt-get update && apt-get install -y python3-pip
FROM base
RUN pip install flask`,
      errors: [
        { range: [3, 8, 3, 15], message: "`pip install` into the system Python of `debian:12` fails with \"externally-managed-environment\" (PEP 668); use a virtual environment." },
      ],
      output: `FROM debian:12 AS base
RUN apt-get update && apt-get install -y python3-pip
FROM base
ENV VIRTUAL_ENV=/opt/venv PATH="/opt/venv/bin:$PATH"
RUN python3 -m venv /opt/venv && pip install flask`,
    },
  ],
});
