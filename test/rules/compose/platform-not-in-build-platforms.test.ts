import { ruleTester } from '../../support/rule-tester';

ruleTester('platform-not-in-build-platforms', {
  valid: [
    'services:\n  app:\n    platform: linux/arm64\n    build:\n      context: .\n      platforms: [linux/amd64, linux/arm64]\n',
    // No build.platforms: the image is built for the requested platform.
    'services:\n  app:\n    platform: linux/arm64\n    build: .\n',
    'services:\n  app:\n    platform: linux/arm64\n    build:\n      context: .\n',
    // Unknown until interpolation.
    'services:\n  app:\n    platform: ${PLATFORM}\n    build:\n      context: .\n      platforms: [linux/amd64]\n',
    'services:\n  app:\n    platform: linux/arm64\n    build:\n      context: .\n      platforms: ["${PLATFORMS}"]\n',
    'services:\n  app:\n    image: nginx:1.27\n    platform: linux/arm64\n',
  ],
  invalid: [
    {
      code: 'services:\n  app:\n    platform: linux/arm64\n    build:\n      context: .\n      platforms:\n        - linux/amd64\n    restart: always\n',
      errors: [{ range: [2, 14, 2, 25], message: 'Service `app` runs on `linux/arm64`, which its `build.platforms` (`linux/amd64`) does not include.' }],
      output: 'services:\n  app:\n    platform: linux/arm64\n    build:\n      context: .\n      platforms:\n        - linux/amd64\n        - linux/arm64\n    restart: always\n',
    },
    {
      name: 'flow-style list, quoted platform',
      code: 'services:\n  app:\n    platform: "linux/arm/v7"\n    build:\n      context: .\n      platforms: [linux/amd64, "linux/arm64"]\n',
      errors: [{ range: [2, 14, 2, 28], message: 'Service `app` runs on `linux/arm/v7`, which its `build.platforms` (`linux/amd64`, `linux/arm64`) does not include.' }],
      output: 'services:\n  app:\n    platform: "linux/arm/v7"\n    build:\n      context: .\n      platforms: [linux/amd64, "linux/arm64", linux/arm/v7]\n',
    },
    {
      name: 'platforms from an anchor: reported, no fix',
      code: 'x-build: &b\n  context: .\n  platforms: [linux/amd64]\nservices:\n  app:\n    platform: linux/arm64\n    build: *b\n',
      errors: [{ range: [5, 14, 5, 25], message: /does not include/ }],
    },
  ],
});
