namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindTemplates
{
    private static IEnumerable<Template> CodeAndTerminal() =>
    [
        // Code hosts and git clients
        T("github-repo", "tab", "{REPO=repo}: {one:Internal ledger sync service|Claims portal|Terraform for prod|My dotfiles}", 8),
        T("github-pr", "tab", "{one:Fix retry loop|Bump axios|Add audit log|Drop legacy flag} by {HANDLE=login} · Pull Request #{int:2-4999} · {REPO=repo} · GitHub", 9),
        T("github-issues", "tab", "Issues · {REPO=repo} · GitHub", 6),
        T("github-commit", "tab", "{one:Fix flaky test|Rotate certs|Update README} · {REPO=repo}@{sha7} · GitHub", 8),
        T("gitlab-mr", "tab", "!{int:10-900} {one:Refactor ingest|Add rate limiter} · Merge requests · {REPO=repo} · GitLab", 7),
        T("bitbucket", "tab", "{REPO=repo} — Bitbucket", 5),
        T("github-desktop", "ide", "GitHub Desktop – {REPO=repo}", 5),
        T("git-clone-ssh", "terminal", "git clone git@github.com:{REPO=repo}.git", 8),
        T("git-clone-https", "terminal", "git clone https://{one:github.com|gitlab.com|codeberg.org}/{REPO=repo}.git", 7),
        T("gh-clone", "terminal", "gh repo clone {REPO=repo} -- --depth=1", 6),
        T("git-remote", "terminal", "git remote add upstream git@gitlab.com:{REPO=repo}.git", 6),
        T("gh-pr-checkout", "terminal", "gh pr checkout {int:10-999} -R {REPO=repo}", 6),
        // Terminals
        T("ssh-ip", "terminal", "ssh {serviceLogin}@{IP=ip4}", 9),
        T("ssh-port-ip", "terminal", "ssh -p {port} -i ~/.ssh/id_ed25519 {serviceLogin}@{IP=ip4}", 7),
        T("ssh-ip6", "terminal", "ssh {serviceLogin}@{IP=ip6}", 6),
        T("ping-ip", "terminal", "ping -c 4 {IP=ip4}", 6),
        T("nmap-cidr", "terminal", "nmap -sV {IP=ip4}/24", 6),
        T("curl-ip-port", "terminal", "curl -v http://{IP=ip4}:{port}/healthz", 6),
        T("curl-ip6-brackets", "terminal", "curl -g http://[{IP=ip6}]:8080/metrics", 5),
        T("sshd-log", "terminal", "journalctl -u ssh: Failed password for {one:invalid user admin|root|ubuntu} from {IP=ip4} port {int:30000-65000} ssh2", 7),
        T("ip-glued-backup", "path", "/mnt/backups/db_{IP=ip4}_{compactDate}.sql.gz", 6),
        T("export-secret", "terminal", "export {envName}={SECRET=envValue}", 12),
        T("inline-env-secret", "terminal", "{envName}={SECRET=envValue} {one:npm run deploy|./scripts/release.sh|make publish|python sync.py}", 9),
        T("powershell-env", "terminal", "PS C:\\src> $env:{envName}=\"{SECRET=envValue}\"", 7),
        T("cmd-set", "terminal", "C:\\Windows\\system32\\cmd.exe - set {envName}={SECRET=envValue}", 6),
        T("docker-env", "terminal", "docker run --rm -e {envName}={SECRET=envValue} {one:ghcr-mirror/worker:2.3|registry.local/api:latest|alpine:3.20}", 7),
        T("kubectl-secret", "terminal", "kubectl create secret generic {project}-db --from-literal=password={SECRET=password}", 7),
        T("fly-secrets", "terminal", "fly secrets set {envName}={SECRET=envValue}", 6),
        T("curl-bearer", "terminal", "curl -H \"Authorization: Bearer {SECRET=jwt}\" https://api.{companyDomain}/v1/me", 8),
        T("curl-token-header", "terminal", "http GET :8000/api/items Authorization:\"Token {SECRET=opaqueToken}\"", 6),
        T("curl-basic", "terminal", "curl -H 'Authorization: Basic {SECRET=basicCredentials}' https://{project}.internal/api", 6),
        T("curl-user-pass", "terminal", "curl -u {serviceLogin}:{SECRET=password} https://nexus.{companyDomain}/repository/", 6),
        T("psql-url", "terminal", "psql postgresql://{project}_app:{SECRET=password}@db.{project}.internal:5432/{project}", 7),
        T("mongo-url", "terminal", "mongosh \"mongodb+srv://svc:{SECRET=password}@cluster0.{one:x7k2p|q9d3m|h4w8z}.mongodb.net/prod\"", 6),
        T("redis-url", "terminal", "redis-cli -u redis://:{SECRET=password}@cache.{project}.internal:6379/0", 5),
        T("ado-connection", "ide", "appsettings.Production.json — Server=tcp:{project}.database.windows.net;User ID=sa;Password={SECRET=password};", 6),
        T("jwt-decode", "terminal", "jwt decode {SECRET=jwt}", 6),
        T("provider-key-chat", "chat", "{PERSON=given}: here's the key {SECRET=providerKey}", 9),
        T("provider-key-file", "path", "~/Downloads/{SECRET=providerKey}.txt", 6),
        T("git-credential", "terminal", "git push https://{serviceLogin}:{SECRET=providerKey}@github.com/{REPO=repo}.git", 6),
    ];
}
