import { ruleTester } from '../../support/rule-tester';

ruleTester('base-image-deprecated', {
  valid: ['FROM eclipse-temurin:21-jre', 'FROM openjdk:26-ea-jdk', 'FROM bitnami/redis:latest', 'FROM node:24-slim', 'FROM centos:7'],
  invalid: [
    {
      code: 'FROM openjdk:21-jdk-slim',
      errors: [{ range: [0, 5, 0, 24], message: /^`openjdk:21-jdk-slim`: The `openjdk` image is deprecated.*Use eclipse-temurin, amazoncorretto, ibm-semeru-runtimes or sapmachine instead\.$/ }],
    },
    { name: 'java, with a fix', code: 'FROM java:8', errors: [{ range: [0, 5, 0, 11] }], output: 'FROM eclipse-temurin:8' },
    {
      name: 'dotnet/core rename keeps the tag',
      code: 'FROM mcr.microsoft.com/dotnet/core/runtime-deps AS rt',
      errors: [{ range: [0, 5, 0, 47] }],
      output: 'FROM mcr.microsoft.com/dotnet/runtime-deps AS rt',
    },
    { name: 'versioned bitnami tags', code: 'FROM bitnami/redis:7.2', errors: [{ range: [0, 5, 0, 22], message: /bitnamilegacy/ }] },
    { name: 'onbuild tags', code: 'FROM python:onbuild', errors: [{ range: [0, 5, 0, 19], message: /-onbuild/ }] },
  ],
});
