import { ruleTester } from '../../support/rule-tester';

ruleTester('container-name-with-replicas', {
  valid: [
    'services:\n  worker:\n    image: x:1\n    container_name: worker\n    deploy:\n      replicas: 1\n',
    'services:\n  worker:\n    image: x:1\n    deploy:\n      replicas: 3\n',
    'services:\n  worker:\n    image: x:1\n    container_name: worker\n    scale: ${WORKERS}\n',
    // scale wins over deploy.replicas (their disagreement is scale-replicas-conflict's).
    'services:\n  worker:\n    image: x:1\n    container_name: worker\n    scale: 1\n    deploy:\n      replicas: 2\n',
  ],
  invalid: [
    {
      code: 'services:\n  worker:\n    image: x:1\n    container_name: worker # fixed name\n    deploy:\n      replicas: 3\n',
      errors: [{ range: [3, 4, 3, 18], message: 'Service `worker` sets `container_name` but runs 3 containers (`deploy.replicas`): container names must be unique.' }],
      output: 'services:\n  worker:\n    image: x:1\n    deploy:\n      replicas: 3\n',
    },
    {
      name: 'scale',
      code: 'services:\n  worker:\n    image: x:1\n    scale: 2\n    container_name: "worker"\n',
      errors: [{ range: [4, 4, 4, 18], message: 'Service `worker` sets `container_name` but runs 2 containers (`scale`): container names must be unique.' }],
      output: 'services:\n  worker:\n    image: x:1\n    scale: 2\n',
    },
  ],
});
