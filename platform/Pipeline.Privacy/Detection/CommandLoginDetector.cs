namespace Pipeline.Privacy.Detection;

/// <summary>
/// A person's login on a command line: the user of a remote-shell command whatever its host (<c>ssh anna_k@10.0.0.5</c>,
/// <c>scp -P 2222 f anna.k@gw.example.org:</c>, <c>ssh -l anna_k host</c>) and the user flag of a database, registry or
/// identity command (<c>psql -U anna_k</c>, <c>mysql -u anna_k</c>, <c>docker login -u anna_k</c>, <c>sudo -u anna_k</c>,
/// <c>--username=anna_k</c>). Service and role accounts (<c>root</c>, <c>deploy</c>, <c>postgres</c>, <c>app_rw</c>,
/// <c>svc-ci</c>, <c>etl_readonly</c>) are no one's and stay, as do placeholders (<c>$USER</c>, <c>&lt;user&gt;</c>).
/// </summary>
internal static class CommandLoginDetector
{
    // Commands whose "user@host" argument is a login on a machine.
    private static readonly WordSet s_remoteShells = WordSet.Of(
        ["ssh", "scp", "sftp", "mosh", "autossh", "ssh-copy-id", "rsync", "telnet", "sshfs", "rsh", "rlogin", "slogin", "ssh-keyscan", "mssh"]);

    // Commands whose user flag names a login, with the flag they use.
    private static readonly WordSet s_upperUFlag = WordSet.Of(
        ["psql", "pg_dump", "pg_dumpall", "pg_restore", "pg_basebackup", "createdb", "dropdb", "createuser", "vacuumdb", "pgcli",
         "reindexdb", "clusterdb", "pg_isready", "sqlcmd", "bcp", "smbclient", "rpcclient", "smbmap", "crackmapexec", "nxc"]);

    private static readonly WordSet s_lowerUFlag = WordSet.Of(
        ["mysql", "mysqldump", "mysqladmin", "mysqlsh", "mariadb", "mariadb-dump", "mycli", "mongo", "mongosh", "mongodump",
         "mongorestore", "mongoexport", "mongoimport", "sudo", "clickhouse-client", "cqlsh", "influx", "lftp", "oc"]);

    // Words that end a command: another command follows.
    private static bool IsCommandBreak(ReadOnlySpan<char> token) => token is "|" or "||" or "&&" or ";" or "&" or "|&";

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.IndexOf('@') < 0 && text.IndexOf(" -", StringComparison.Ordinal) < 0)
        {
            return;
        }

        // The command of the words being read, as its kind: 0 none, 1 a remote shell, 2 "-U", 3 "-u", 4 "login" of a
        // registry or cloud tool ("docker login -u", "helm registry login --username"), 5 a kubeconfig user named by its
        // first word ("kubectl config set-credentials anna_k --token=…"), 6 a kubeconfig context's "--user".
        int kind = 0;
        int i = 0;
        bool previousWasFlag = false;
        ReadOnlySpan<char> flag = default;
        while (i < text.Length)
        {
            int start = Text.NextToken(text, ref i);
            if (start == i)
            {
                break;
            }

            ReadOnlySpan<char> token = text[start..i];
            if (IsCommandBreak(token) || token[^1] == ';')
            {
                kind = 0;
                previousWasFlag = false;
                continue;
            }

            if (kind == 0 || (kind != 1 && token is "login"))
            {
                kind = s_remoteShells.Contains(token) ? 1
                    : s_upperUFlag.Contains(token) ? 2
                    : s_lowerUFlag.Contains(token) ? 3
                    : token is "login" ? 4
                    : token is "set-credentials" ? 5
                    : token is "set-context" ? 6
                    : kind;
                previousWasFlag = false;
                continue;
            }

            if (previousWasFlag)
            {
                previousWasFlag = false;
                if (IsUserFlag(flag, kind))
                {
                    AddLogin(text, start, LoginEnd(text, start, i), ref found);
                    continue;
                }

                if (kind != 1)
                {
                    continue;
                }
            }

            if (token.Length >= 2 && token[0] == '-')
            {
                // "--username=anna_k", "-Uanna_k", "-uanna_k": the value glued to its flag.
                int eq = token.IndexOf('=');
                if (eq > 0 && IsUserFlag(token[..eq], kind))
                {
                    AddLogin(text, start + eq + 1, LoginEnd(text, start + eq + 1, i), ref found);
                    continue;
                }

                if (token.Length > 2 && token[1] != '-' && IsUserFlag(token[..2], kind) && kind is 2 or 3)
                {
                    AddLogin(text, start + 2, LoginEnd(text, start + 2, i), ref found);
                    continue;
                }

                flag = token;
                // "--cluster=eks-dev" carries its own value: the next word is not it.
                previousWasFlag = eq < 0 && (token.Length == 2 || token.StartsWith("--", StringComparison.Ordinal));
                continue;
            }

            if (kind == 5)
            {
                // The user's name in the kubeconfig: the command's only positional word.
                AddLogin(text, start, LoginEnd(text, start, i), ref found);
                kind = 0;
                continue;
            }

            if (kind == 1)
            {
                // "anna_k@10.0.0.5", "anna.k@gw.example.org:/srv/", "rsync -a src/ anna_k@nas:/backup".
                int at = token.IndexOf('@');
                if (at > 0 && at + 1 < token.Length && (char.IsAsciiLetterOrDigit(token[at + 1]) || token[at + 1] == '['))
                {
                    AddLogin(text, start, start + at, ref found);
                }
            }
        }
    }

    private static bool IsUserFlag(ReadOnlySpan<char> flag, int kind) => kind switch
    {
        1 => flag is "-l",
        2 => flag is "-U" or "--username" or "--user",
        3 => flag is "-u" or "--user" or "--username",
        4 => flag is "-u" or "--username" or "--user",
        6 => flag is "--user",
        _ => false,
    };

    private static int LoginEnd(ReadOnlySpan<char> text, int start, int tokenEnd)
    {
        int end = start;
        while (end < tokenEnd && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '_' or '-'))
        {
            end++;
        }

        // "smbclient -U anna_k%pass", "lftp -u anna_k,pass", "-u anna_k:token": the login before the secret.
        return end == tokenEnd || text[end] is '%' or ',' or ':' or '@' || (text[end] is '"' or '\'' && end + 1 == tokenEnd) ? end : start;
    }

    private static void AddLogin(ReadOnlySpan<char> text, int start, int end, ref Findings found)
    {
        // Quoted values: "-U 'anna_k'".
        if (start < end && text[start] is '"' or '\'')
        {
            start++;
        }

        while (end > start && text[end - 1] == '.')
        {
            end--;
        }

        if (end - start < 2 || found.Overlaps(start, end))
        {
            return;
        }

        ReadOnlySpan<char> login = text[start..end];
        if (IsPersonLogin(login))
        {
            found.Add(start, end - start, PiiKind.Handle, 5);
        }
    }

    // Parts of a login that make it a service's or a role's: "app_rw", "svc-ci", "etl_readonly", "grafana_reader".
    private static readonly WordSet s_rolePartsWords = WordSet.Of(
        ["svc", "service", "app", "apps", "api", "bot", "ci", "cd", "rw", "ro", "readonly", "readwrite", "read", "write", "reader", "writer",
         "replica", "replicator", "replication", "repl", "backup", "backups", "etl", "admin", "dba", "root", "sa", "system", "sys", "monitor",
         "monitoring", "metrics", "exporter", "grafana", "prometheus", "airflow", "dbt", "migrate", "migrations", "migrator", "sync", "batch",
         "cron", "job", "jobs", "jenkins", "runner", "deploy", "deployer", "build", "builder", "worker", "user", "owner", "test", "tests",
         "dev", "prod", "staging", "stage", "qa", "uat", "web", "www", "data", "db", "database", "analytics", "report", "reports",
         "reporting", "bi", "integration", "automation", "robot", "daemon", "agent", "proxy", "gateway", "auth", "ops", "devops", "sre",
         "infra", "platform", "terraform", "ansible", "puppet", "chef", "k8s", "kube", "cluster", "node", "master", "slave", "primary",
         "secondary", "standby", "guest", "anonymous", "public", "default", "local", "remote", "mgmt", "manager", "operator", "support",
         "registry", "docker", "github", "gitlab", "actions", "pipeline", "release", "upload", "uploader", "download", "ftp", "sftp", "mail",
         "noreply", "no-reply", "nginx", "apache", "postgres", "postgresql", "pg", "mysql", "mongo", "mongodb", "redis", "elastic", "kafka",
         "rabbit", "rabbitmq", "oracle", "hadoop", "spark", "hive", "presto", "trino", "superset", "metabase", "looker", "tableau", "ubuntu",
         "centos", "debian", "ec2", "azureuser", "gcp", "aws", "azure", "cloud", "token", "oauth", "oauth2", "x-access-token", "placeholder",
         "example", "changeme", "username", "login", "me", "nobody", "crm", "erp", "billing", "payroll", "ledger", "payments", "orders",
         "inventory", "shop", "store", "portal", "cms", "wp", "wordpress", "drupal", "magento", "odoo", "keycloak", "vault", "consul"]);

    /// <summary>A login of a person: a personal login the prompt rules accept, and no part of it a service's or role's word.</summary>
    internal static bool IsPersonLogin(ReadOnlySpan<char> login)
    {
        if (login.Length is < 2 or > 32 || !char.IsAsciiLetter(login[0]) || !char.IsAsciiLetterOrDigit(login[^1]))
        {
            return false;
        }

        int partStart = 0;
        for (int k = 0; k <= login.Length; k++)
        {
            if (k < login.Length && login[k] is not ('_' or '-' or '.'))
            {
                continue;
            }

            ReadOnlySpan<char> part = login[partStart..k];
            // "deploy2", "app01": a role word with a number.
            int digits = part.Length;
            while (digits > 0 && char.IsAsciiDigit(part[digits - 1]))
            {
                digits--;
            }

            if (s_rolePartsWords.Contains(part) || (digits > 0 && digits < part.Length && s_rolePartsWords.Contains(part[..digits])))
            {
                return false;
            }

            partStart = k + 1;
        }

        return LoginDetector.IsPersonalLogin(login);
    }
}
