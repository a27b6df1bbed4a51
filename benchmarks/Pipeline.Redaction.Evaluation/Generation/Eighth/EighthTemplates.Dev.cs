namespace Pipeline.Redaction.Evaluation.Generation.Eighth;

internal static partial class EighthTemplates
{
    private static Template[] Dev() =>
    [
        P("gh.pr", "tab", "{one:Fix|Add|Bump} {one:retry budget|invoice PDF|webhook signing} by {HANDLE=handle} · Pull Request #{num:10,4000} · {REPO=repo}" + Browser),
        P("gh.repo", "tab", "{REPO=repo}: {one:Billing service|Support widget|Terraform modules}" + Browser),
        P("gl.mr", "tab", "!{num:10,900} {one:Draft: |}{one:Cache tax rates|Drop legacy auth} · Merge requests · {REPO=repo} · GitLab" + Browser),
        P("gh.profile", "tab", "{HANDLE=handle} ({PERSON=person}) · GitHub" + Browser),
        P("git.clone", "terminal", "git clone git@github.com:{REPO=repo}.git"),
        P("git.remote", "terminal", "git remote add upstream https://gitlab.com/{REPO=repo}.git"),
        P("sentry.user", "tab", "TypeError: Cannot read properties of undefined — user {EMAIL=email}{sep}Sentry" + Browser),
        P("sentry.ip", "tab", "{one:ConnectionResetError|TimeoutError} from {IP=ip4}{sep}Sentry" + Browser),
        P("pagerduty.oncall", "tab", "On call: {PERSON=person}{sep}{one:Payments|Platform|Search} primary{sep}PagerDuty" + Browser),
        P("grafana.host", "tab", "Node exporter – {IP=ip4:private}:9100{sep}Grafana" + Browser),
        P("aws.ec2", "tab", "Instance i-{hex:17} ({IP=ip4}){sep}EC2{sep}us-east-1" + Browser),
        P("aws.iam", "tab", "IAM user {HANDLE=handle}{sep}AWS Console" + Browser),
        P("gcp.sql", "tab", "Cloud SQL {one:billing-db|crm-replica} – public IP {IP=ip4}{sep}Google Cloud console" + Browser),
        P("azure.vm", "tab", "vm-{one:support|etl}-{num:1,9} – {IP=ip6}{sep}Microsoft Azure" + Browser),
        P("ssh", "terminal", "ssh {one:ubuntu|deploy|ec2-user}@{IP=ip4}"),
        P("ssh.v6", "terminal", "ssh -6 admin@{IP=ip6} -p 22{num:0,9}"),
        P("ping", "terminal", "ping {IP=ip4:private}"),
        P("psql", "terminal", "psql postgres://app:{SECRET=pw}@{IP=ip4:private}:5432/billing"),
        P("redis", "terminal", "redis-cli -h {IP=ip4:private} -a {SECRET=pw}"),
        P("export.gh", "terminal", "export GITHUB_TOKEN={SECRET=key:gh}"),
        P("export.openai", "terminal", "export OPENAI_API_KEY={SECRET=key:sk}"),
        P("env.aws", "ide", ".env.production — AWS_ACCESS_KEY_ID={SECRET=key:aws} — Visual Studio Code"),
        P("env.stripe", "ide", "STRIPE_SECRET_KEY={SECRET=key:stripe} — config.env — {REPO=repo} — VS Code"),
        P("env.slack", "ide", "SLACK_BOT_TOKEN={SECRET=key:slack} - settings.py - PyCharm"),
        P("curl.bearer", "terminal", "curl -H \"Authorization: Bearer {SECRET=jwt}\" https://api.brightloom.io/v2/me"),
        P("jwt.debugger", "tab", "{SECRET=jwt}{sep}jwt.io" + Browser),
        P("docker.login", "terminal", "docker login registry.gitlab.com -u {HANDLE=handle} -p {SECRET=key:glpat}"),
        P("kubectl.secret", "terminal", "kubectl create secret generic mail --from-literal=SENDGRID_API_KEY={SECRET=key:sg}"),
        P("terraform.ip", "terminal", "terraform import aws_eip.nat {IP=ip4}"),
        P("vscode.author", "ide", "{one:invoice.ts|checkout.go|models.py} — {REPO=repo} — Git blame: {PERSON=person}, {num:2,11} months ago"),
        P("jetbrains.review", "ide", "Review requested by {PERSON=person}{sep}{REPO=repo}{sep}IntelliJ IDEA"),
        P("log.file", "path", "/var/log/nginx/access_{IP=ip4}_{date}.log"),
    ];
}
