import { ruleTester } from '../../support/rule-tester';

ruleTester('package-manager-upgrade', {
  valid: [
    `FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --only-upgrade openssl`,
    `FROM fedora:41
RUN dnf upgrade -y openssl`,
    `FROM alpine:3.20
RUN apk add --no-cache --upgrade openssl`,
  ],
  invalid: [
    {
      code: `FROM debian:bookworm-slim
RUN apt-get update && apt-get upgrade -y`,
      errors: [
        { range: [1, 30, 1, 37], message: "`apt-get upgrade` upgrades every package, so the image depends on the build date; refresh the base image instead." },
      ],
    },
    {
      name: "apt dist-upgrade and full-upgrade",
      code: `FROM ubuntu:24.04
RUN apt-get -y dist-upgrade && apt full-upgrade -y`,
      errors: [
        { range: [1, 15, 1, 27], message: "`apt-get dist-upgrade` upgrades every package, so the image depends on the build date; refresh the base image instead." },
        { range: [1, 35, 1, 47], message: "`apt full-upgrade` upgrades every package, so the image depends on the build date; refresh the base image instead." },
      ],
    },
    {
      name: "apk upgrade",
      code: `FROM alpine:3.20
RUN apk upgrade --no-cache`,
      errors: [
        { range: [1, 8, 1, 15], message: "`apk upgrade` upgrades every package, so the image depends on the build date; refresh the base image instead." },
      ],
    },
    {
      name: "yum and dnf without names",
      code: `FROM centos:7
RUN yum -y update && dnf upgrade -y`,
      errors: [
        { range: [1, 11, 1, 17], message: "`yum update` upgrades every package, so the image depends on the build date; refresh the base image instead." },
        { range: [1, 25, 1, 32], message: "`dnf upgrade` upgrades every package, so the image depends on the build date; refresh the base image instead." },
      ],
    },
    {
      name: "zypper",
      code: `FROM opensuse/leap:15.6
RUN zypper -n up && zypper -n dup`,
      errors: [
        { range: [1, 14, 1, 16], message: "`zypper up` upgrades every package, so the image depends on the build date; refresh the base image instead." },
        { range: [1, 30, 1, 33], message: "`zypper dup` upgrades every package, so the image depends on the build date; refresh the base image instead." },
      ],
    },
  ],
});
