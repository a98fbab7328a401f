import { ruleTester } from '../../support/rule-tester';

const deb = "FROM debian:bookworm-slim\n";

ruleTester('run-pointless-command', {
  valid: [
    `${deb}RUN apt-get install -y vim ssh procps`,
    `${deb}RUN systemctl enable nginx`,
    `${deb}RUN ssh-keygen -A && echo top`,
    `${deb}CMD ["nginx", "-g", "daemon off;"]`,
  ],
  invalid: [
    {
      code: `${deb}RUN service nginx start`,
      errors: [
        { range: [1, 4, 1, 11], message: "`service` is an interactive or host-level command; it does nothing useful in a build step." },
      ],
    },
    {
      name: "several",
      code: `${deb}RUN vim /etc/hosts; ps aux | grep x; sudo shutdown -h now`,
      errors: [
        { range: [1, 4, 1, 7], message: "`vim` is an interactive or host-level command; it does nothing useful in a build step." },
        { range: [1, 20, 1, 22], message: "`ps` is an interactive or host-level command; it does nothing useful in a build step." },
        { range: [1, 42, 1, 50], message: "`shutdown` is an interactive or host-level command; it does nothing useful in a build step." },
      ],
    },
    {
      name: "systemctl start",
      code: `${deb}RUN systemctl --no-block start nginx`,
      errors: [
        { range: [1, 4, 1, 30], message: "`systemctl start` has no running system to act on during a build." },
      ],
    },
  ],
});
