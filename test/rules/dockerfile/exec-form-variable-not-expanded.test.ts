import { ruleTester } from '../../support/rule-tester';

const f = 'FROM eclipse-temurin:21-jre\n';

ruleTester('exec-form-variable-not-expanded', {
  valid: [
    { name: 'PowerShell expands its own variables', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENTRYPOINT ["powershell.exe", "-NoExit", "-ExecutionPolicy", "ByPass", ". $env:MSBUILD_ENV_SET"]\nCMD ["C:\\\\Program Files\\\\PowerShell\\\\pwsh.exe", "$env:APPDATA"]' },
    `${f}CMD ["java", "-jar", "/app/app.jar"]`,
    `${f}CMD java -jar $APP_JAR`,
    `${f}CMD ["sh", "-c", "exec java -jar $APP_JAR"]`,
    `${f}ENTRYPOINT ["/bin/bash", "-lc", "run $X"]`,
    `${f}RUN ["echo", "costs 5$"]`,
    `${f}HEALTHCHECK CMD curl -f http://localhost:$PORT/`,
  ],
  invalid: [
    {
      code: `${f}CMD ["java", "-jar", "$APP_JAR"]`,
      errors: [{ range: [1, 22, 1, 30], message: '`$APP_JAR` is not expanded in exec form: the program receives it literally.' }],
      output: `${f}CMD ["sh", "-c", "exec java -jar $APP_JAR"]`,
    },
    {
      name: 'RUN and braces, a word that needs quoting',
      code: `${f}RUN ["mvn", "-Dversion=\${VERSION}", "package with space"]`,
      errors: [{ range: [1, 23, 1, 33], message: /`\$\{VERSION\}`/ }],
      output: `${f}RUN ["sh", "-c", "mvn -Dversion=\${VERSION} \\"package with space\\""]`,
    },
    {
      name: 'HEALTHCHECK exec form, two variables share one fix',
      code: `${f}HEALTHCHECK --interval=5s CMD ["curl", "http://$HOST:$PORT/"]`,
      errors: [{ range: [1, 47, 1, 52] }],
      output: `${f}HEALTHCHECK --interval=5s CMD ["sh", "-c", "exec curl http://$HOST:$PORT/"]`,
    },
  ],
});
