import assert from 'node:assert/strict';
import { test } from 'node:test';
import { imageWorkdir, parseImageReference } from '../../server/src/knowledge/dockerfile';

const workdirOf = (image: string) => imageWorkdir(parseImageReference(image));

test('official images that set their own WORKDIR, through Hub prefixes and mirrors', () => {
  assert.equal(workdirOf('golang:1.23'), '/go');
  assert.equal(workdirOf('docker.io/library/golang:1.23-alpine'), '/go');
  assert.equal(workdirOf('public.ecr.aws/docker/library/httpd:2.4'), '/usr/local/apache2');
  assert.equal(workdirOf('tomcat:10-jdk21'), '/usr/local/tomcat');
  assert.equal(workdirOf('wordpress'), '/var/www/html');
});

test('php sets one only in its fpm and apache variants', () => {
  assert.equal(workdirOf('php:8.3-fpm-alpine'), '/var/www/html');
  assert.equal(workdirOf('php:8.3-apache-bookworm'), '/var/www/html');
  assert.equal(workdirOf('php:8.3-cli'), undefined);
  assert.equal(workdirOf('php:8.3'), undefined);
});

test('other images are unknown', () => {
  assert.equal(workdirOf('python:3.13-slim'), undefined);
  assert.equal(workdirOf('ghcr.io/acme/golang:1.23'), undefined);
});
