import { ruleTester } from '../../support/rule-tester';

ruleTester('host-namespace-shared', {
  valid: ['services:\n  a:\n    image: x:1\n    pid: "service:b"\n    ipc: shareable\n    cgroup: private\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: x:1\n    pid: host\n    ipc: host\n    userns_mode: host\n    uts: host\n    cgroup: host\n',
      errors: [
        { range: [3, 9, 3, 13], message: "Service `a` shares the host's pid namespace (`pid: host`)." },
        { range: [4, 9, 4, 13] },
        { range: [5, 17, 5, 21], message: "Service `a` shares the host's user namespace (`userns_mode: host`)." },
        { range: [6, 9, 6, 13] },
        { range: [7, 12, 7, 16] },
      ],
    },
  ],
});
