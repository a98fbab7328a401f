import { ruleTester } from '../../support/rule-tester';

ruleTester('swarm-only-key-ignored', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      replicas: 2\n      resources:\n        limits: {cpus: "0.5"}\n',
    { name: 'a file named like a Swarm stack', code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      placement:\n        constraints: [node.role == manager]\n', fileName: '/work/docker-stack.yml' },
    { name: 'a file with an overlay network', code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      update_config:\n        parallelism: 1\nnetworks:\n  public:\n    driver: overlay\n' },
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: nginx:1.27\n    deploy:\n      placement:\n        constraints: [node.role == manager]\n      endpoint_mode: dnsrr\n      update_config:\n        parallelism: 1\n',
      errors: [
        { range: [4, 6, 4, 15], message: '`deploy.placement` is used only by Swarm: `docker compose` ignores it.' },
        { range: [6, 6, 6, 19], message: '`deploy.endpoint_mode` is used only by Swarm: `docker compose` ignores it.' },
        { range: [7, 6, 7, 19], message: '`deploy.update_config` is used only by Swarm: `docker compose` ignores it.' },
      ],
    },
  ],
});
