using System.Buffers;
using System.Text.RegularExpressions;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// Secrets outside URLs: provider keys with well-known prefixes, JWTs, SSH key bodies and private-key blocks,
/// Telegram bot tokens, values of secret-named assignments (<c>AWS_SECRET_ACCESS_KEY=…</c>, <c>--password=…</c>,
/// <c>X-Api-Key: …</c>) and the credential after <c>Bearer</c>, <c>Basic</c> or <c>Authorization:</c>.
/// </summary>
internal static class SecretDetector
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_keyPrefix = new(
        @"(?:sk|pk|rk)_(?:live|test)_[A-Za-z0-9]{10,}" +
        @"|sk-(?:proj-|ant-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}" +
        @"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}" +
        @"|xox[abprse]-[A-Za-z0-9\-]{10,}|xapp-[0-9]-[A-Za-z0-9\-]{10,}" +
        @"|(?:AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA|AIPA)[0-9A-Z]{16}" +
        @"|AIza[0-9A-Za-z_\-]{35}|ya29\.[0-9A-Za-z_\-]{20,}" +
        @"|gl(?:pat|dt|rt|ptt|ft|cbt|imt|agent|oas|soat|feed)-[0-9A-Za-z_\-]{20,}|glsa_[A-Za-z0-9_]{20,}|glc_[A-Za-z0-9+/=]{30,}" +
        @"|ATATT3[A-Za-z0-9_\-=]{30,}|lin_(?:api|oauth)_[A-Za-z0-9]{30,}|figd_[A-Za-z0-9_\-]{30,}|sbp_[a-f0-9]{30,}|PMAK-[a-f0-9\-]{30,}" +
        @"|dp\.(?:st|ct|sa|scim)\.[A-Za-z0-9_\-.]{30,}|sntrys_[A-Za-z0-9+/=_]{30,}|NRAK-[A-Z0-9]{20,}|gsk_[A-Za-z0-9]{30,}|r8_[A-Za-z0-9]{30,}" +
        @"|pplx-[A-Za-z0-9]{30,}|dckr_pat_[A-Za-z0-9_\-]{20,}|do[opr]_v1_[a-f0-9]{64}|HRKU-[A-Za-z0-9_\-]{20,}|rubygems_[a-f0-9]{40,}" +
        @"|oy2[a-z0-9]{43}|key-[0-9a-f]{32}|[0-9a-f]{32}-us[0-9]{1,2}|EAA[A-Za-z0-9]{80,}|xoxe\.xox[bp]-[A-Za-z0-9\-]{20,}" +
        @"|AGE-SECRET-KEY-1[0-9A-Z]{50,}|AccountKey=[A-Za-z0-9+/=]{40,}|SharedAccessKey=[A-Za-z0-9+/=]{30,}" +
        @"|[MN][A-Za-z0-9]{23}\.[A-Za-z0-9_\-]{6}\.[A-Za-z0-9_\-]{27,38}" +
        @"|npm_[A-Za-z0-9]{36}" +
        @"|dapi[0-9a-f]{32}(?:-[0-9])?|hv[sb]\.[A-Za-z0-9_\-]{24,}|pul-[0-9a-f]{40}|ntn_[A-Za-z0-9]{40,}|sntryu_[0-9a-f]{64}|xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}" +
        @"|GOCSPX-[A-Za-z0-9_\-]{28}|rzp_(?:live|test)_[A-Za-z0-9]{14}|LTAI[A-Za-z0-9]{20}|fo1_[A-Za-z0-9_\-]{43}|nfp_[A-Za-z0-9]{36}" +
        @"|[ps]k\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{20,}" +
        @"|SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{16,64}" +
        @"|whsec_[A-Za-z0-9]{24,}|shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}|dop_v1_[a-f0-9]{64}|hf_[A-Za-z0-9]{30,}" +
        @"|pypi-AgE[A-Za-z0-9_\-]{50,}|sq0(?:atp|csp)-[0-9A-Za-z_\-]{22,}|SK[0-9a-f]{32}" +
        @"|eyJ[A-Za-z0-9_\-]{5,}\.eyJ[A-Za-z0-9_\-]{5,}\.[A-Za-z0-9_\-]*" +
        @"|-----BEGIN [A-Z ]{0,20}PRIVATE KEY(?: BLOCK)?-----" +
        @"|AAAA(?:B3NzaC1|C3NzaC1|E2VjZHNh)[A-Za-z0-9+/]{8,}={0,2}" +
        @"|[0-9]{8,10}:[A-Za-z0-9_\-]{35}",
        Options);

    // Name parts that make an assignment's value a secret when they end the name (API_KEY, CLIENT_SECRET, apiToken).
    private static readonly WordSet s_secretLastParts = WordSet.Of(
        ["key", "secret", "token", "password", "passwd", "pwd", "pass", "passphrase", "credential", "credentials", "apikey", "sig",
         "signature", "jwt", "cookie", "sessionid", "dsn", "pat", "pw", "accesskey", "secretkey", "privatekey", "auth"]);

    // Name parts that make the value a secret wherever they stand (DB_PASSWORD_FILE aside, SECRET_ACCESS_KEY).
    private static readonly WordSet s_secretAnyParts = WordSet.Of(["secret", "password", "passwd", "token", "apikey", "credentials", "private"]);

    // Parts that make a "…_KEY" something else: a primary key, a public key, a key id.
    private static readonly WordSet s_notSecretParts = WordSet.Of(
        ["primary", "foreign", "sort", "partition", "public", "pub", "hot", "id", "name", "file", "path", "url", "uri", "type", "length",
         "size", "expiry", "expires", "ttl", "timeout", "format", "header", "prefix", "env", "count", "max", "min", "field", "column", "hint",
         "scope", "scopes", "rotation", "algorithm", "alg", "endpoint", "issuer", "audience", "lifetime", "minutes", "seconds", "hours",
         "days", "expire", "expiration", "enabled", "disabled", "required", "policy", "strength", "store", "provider", "source", "mode",
         "version", "region", "manager", "location", "stdin", "fd", "dir", "directory", "mount", "label", "labels", "limit", "limits"]);

    private static readonly WordSet s_looseHeaderNames = WordSet.Of(["key", "auth", "pass", "sig", "pat", "pw", "dsn", "cookie"]);

    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static readonly WordSet s_notValues = WordSet.Of(
        ["null", "none", "true", "false", "undefined", "changeme", "required", "optional", "string", "secret", "password", "redacted", "hidden", "empty",
         "value", "placeholder", "example", "dummy", "sample", "todo", "tbd", "default", "unset",
         // Algorithms and schemes a setting names ("PASSWORD_HASH=argon2id", "TOKEN_SIGNING=hs256"): no one's credential.
         "argon2", "argon2id", "argon2i", "argon2d", "bcrypt", "scrypt", "pbkdf2", "sha1", "sha256", "sha384", "sha512", "md5", "hs256",
         "hs384", "hs512", "rs256", "rs384", "rs512", "es256", "es384", "eddsa", "ed25519", "aes256", "aes-256-gcm", "aes-128-gcm",
         "plaintext", "plain", "env", "file", "keychain", "keyring", "vault", "disabled", "enabled"]);

    // Words that open a placeholder a document asks the reader to fill in ("YOUR_API_KEY", "your-token-here", "<token>").
    private static readonly string[] s_placeholderStarts = ["your", "my_", "my-", "replace", "insert", "enter_", "enter-", "put_", "put-", "add_your", "changeme", "change_me", "change-me"];

    /// <summary>Keys recognisable by their shape alone (prefixes, JWTs, key blocks), anywhere, URLs included.</summary>
    public static void FindKeys(ReadOnlySpan<char> text, ref Findings found)
    {
        if (!MayHoldKey(text))
        {
            return;
        }

        foreach (ValueMatch m in s_keyPrefix.EnumerateMatches(text))
        {
            char before = At(text, m.Index - 1);
            if (!IsWordChar(before) || (before == 't' && m.Index >= 3 && text.Slice(m.Index - 3, 3).Equals("bot", StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(m.Index, m.Length, PiiKind.Secret, 9);
            }
        }
    }

    private static readonly SearchValues<string> s_keyStarts = SearchValues.Create(
        ["sk_", "pk_", "rk_", "sk-", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "xapp-", "AKIA", "ASIA", "AGPA", "AIDA", "AROA",
         "ANPA", "ANVA", "AIPA", "AIza", "ya29.", "gl", "ATATT3", "lin_", "figd_", "sbp_", "PMAK-", "dp.", "sntrys_", "NRAK-", "gsk_", "r8_",
         "pplx-", "dckr_pat_", "_v1_", "HRKU-", "rubygems_", "oy2", "key-", "-us", "EAA", "AGE-SECRET-KEY-1", "AccountKey=", "SharedAccessKey=",
         "npm_", "SG.", "whsec_", "dapi", "hvs.", "hvb.", "pul-", "ntn_", "sntryu_", "xkeysib-", "GOCSPX-", "rzp_", "LTAI", "fo1_", "nfp_", "k.eyJ", "shp", "hf_", "pypi-", "sq0", "SK", "eyJ", "-----BEGIN", "AAAA"],
        StringComparison.Ordinal);

    /// <summary>A known key start, or the shapes without one: a Telegram bot token (digits, ":") or a Discord token (24 characters, ".").</summary>
    private static bool MayHoldKey(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAny(s_keyStarts) >= 0)
        {
            return true;
        }

        int run = 0;
        int digits = 0;
        foreach (char c in text)
        {
            if ((c == ':' && digits >= 8) || (c == '.' && run >= 24))
            {
                return true;
            }

            run = char.IsAsciiLetterOrDigit(c) ? run + 1 : 0;
            digits = char.IsAsciiDigit(c) ? digits + 1 : 0;
        }

        return false;
    }

    /// <summary>Secrets that their context names (assignments, headers, flags); run after URLs are claimed, whose query has its own rules.</summary>
    public static void FindNamed(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.IndexOfAny('=', ':') >= 0)
        {
            FindAssignments(text, ref found);
        }

        FindAuthorizationSchemes(text, ref found);
        int config = text.IndexOf("git config ", StringComparison.Ordinal);
        if (config >= 0)
        {
            FindGitConfigValue(text, config + 11, strict: false, ref found);
        }

        // "aws configure set aws_secret_access_key …", "yarn config set npmAuthToken …": a secret-named setting and its
        // value after "set", separated by a space; the value must look machine-made.
        int set = text.IndexOf(" set ", StringComparison.Ordinal);
        if (set > 0)
        {
            // "gh secret set DEPLOY_HOOK --body …", "fly secrets set …": under a secrets command every name is a secret's.
            bool secretsCommand = set >= 7 && (text[..set].EndsWith(" secret", StringComparison.Ordinal) || text[..set].EndsWith(" secrets", StringComparison.Ordinal));
            FindGitConfigValue(text, set + 5, strict: true, ref found, anyName: secretsCommand);
        }

        // "netlify env:set STRIPE_KEY …", "dokku config:set …": the same with the subcommand glued by a colon.
        int colonSet = text.IndexOf(":set ", StringComparison.Ordinal);
        if (colonSet > 0)
        {
            FindGitConfigValue(text, colonSet + 5, strict: true, ref found);
        }

        if (text.Contains(" -", StringComparison.Ordinal))
        {
            FindSecretFlags(text, ref found);
        }

        if (text.Contains("--from-literal=", StringComparison.Ordinal) && text.Contains("create secret", StringComparison.Ordinal))
        {
            FindSecretLiterals(text, ref found);
        }

        if (text.Contains("-stdin", StringComparison.Ordinal) && text.Contains('|'))
        {
            FindEchoedPassword(text, ref found);
        }
    }

    private static readonly WordSet s_plainLiteralKeys = WordSet.Of(
        ["user", "username", "user_name", "login", "host", "hostname", "port", "database", "db", "dbname", "url", "endpoint", "region", "name",
         "email", "server", "schema", "namespace", "bucket", "env", "environment"]);

    /// <summary>"kubectl create secret generic db --from-literal=user=app --from-literal=pass=…": every literal of a secret is secret.</summary>
    private static void FindSecretLiterals(ReadOnlySpan<char> text, ref Findings found)
    {
        const string Flag = "--from-literal=";
        for (int at = text.IndexOf(Flag, StringComparison.Ordinal); at >= 0; at = IndexFrom(text, at + Flag.Length, Flag))
        {
            int key = at + Flag.Length;
            int eq = key;
            while (eq < text.Length && text[eq] is not ('=' or ' '))
            {
                eq++;
            }

            // The secret's other keys that are plainly not credentials ("username=app", "host=db", "port=5432") stay.
            if (At(text, eq) != '=' || eq == key || IsOneOf(text[key..eq], s_plainLiteralKeys))
            {
                continue;
            }

            int value = eq + 1;
            if (At(text, value) is '"' or '\'')
            {
                value++;
            }

            int end = value;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\''))
            {
                end++;
            }

            if (IsCredentialValue(text[value..end], strict: false) && !found.Overlaps(value, end))
            {
                found.Add(value, end - value, PiiKind.Secret, 7);
            }
        }
    }

    /// <summary>"echo S3cr3t | docker login -u ci --password-stdin": the echoed word is the password the command reads.</summary>
    private static void FindEchoedPassword(ReadOnlySpan<char> text, ref Findings found)
    {
        int pipe = text.IndexOf('|');
        int stdin = text.IndexOf("-stdin", StringComparison.Ordinal);
        int echo = text[..pipe].LastIndexOf("echo ", StringComparison.Ordinal);
        if (echo < 0 || stdin < pipe || !text[..stdin].EndsWith("password", StringComparison.OrdinalIgnoreCase) && !text[..stdin].EndsWith("token", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        int value = echo + 5;
        while (value < pipe && text[value] == ' ')
        {
            value++;
        }

        if (text[value..pipe].StartsWith("-n ", StringComparison.Ordinal))
        {
            value += 3;
        }

        if (At(text, value) is '"' or '\'')
        {
            value++;
        }

        int end = value;
        while (end < pipe && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\''))
        {
            end++;
        }

        if (end > value && IsCredentialValue(text[value..end], strict: false) && !found.Overlaps(value, end))
        {
            found.Add(value, end - value, PiiKind.Secret, 7);
        }
    }

    /// <summary>Command-line flags: "--password S3cr3t", "--token abc…", "mysql -pS3cr3t".</summary>
    private static void FindSecretFlags(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] != '-' || text[i - 1] != ' ')
            {
                continue;
            }

            int nameStart = text[i + 1] == '-' ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] is '-' or '_'))
            {
                nameEnd++;
            }

            ReadOnlySpan<char> name = text[nameStart..nameEnd];
            bool spaced = nameEnd + 1 < text.Length && text[nameEnd] == ' ' && text[nameEnd + 1] != '-';
            int value;
            if (nameStart == i + 1 && name.Length > 1 && name[0] == 'p' && At(text, i + 2) != ' ' && CommandBefore(text, i, s_passwordCommands))
            {
                // mysql -pS3cr3t: the value glued to -p.
                value = i + 2;
            }
            else if (nameStart == i + 2 && spaced && IsSecretName(name, header: false))
            {
                value = nameEnd + 1;
            }
            else if (spaced && IsPasswordFlag(text, i, name))
            {
                // "redis-cli -a S3cr3t", "sshpass -p S3cr3t", "--pass S3cr3t".
                value = nameEnd + 1;
            }
            else if (spaced && IsUserPasswordFlag(text, i, name))
            {
                // "curl -u user:S3cr3t": the password after the user name.
                int colon = text[(nameEnd + 1)..].IndexOfAny(':', ' ');
                if (colon < 0 || text[nameEnd + 1 + colon] != ':')
                {
                    continue;
                }

                value = nameEnd + 2 + colon;
            }
            else
            {
                continue;
            }

            if (text[value..].StartsWith("pass:", StringComparison.Ordinal))
            {
                value += 5;
            }

            int end = value;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\''))
            {
                end++;
            }

            if (IsCredentialValue(text[value..end], strict: false) && !found.Overlaps(value, end))
            {
                found.Add(value, end - value, PiiKind.Secret, 7);
            }

            i = end;
        }
    }

    /// <summary>"git config --global credential.password "…"": a secret-named key's value, without its quotes.</summary>
    private static void FindGitConfigValue(ReadOnlySpan<char> text, int from, bool strict, ref Findings found, bool anyName = false)
    {
        int i = from;
        while (i < text.Length)
        {
            int start = Text.NextToken(text, ref i);
            ReadOnlySpan<char> word = text[start..i];
            if (word.StartsWith("-"))
            {
                continue;
            }

            if (word.IsEmpty || (!IsSecretName(word, header: false) && !(anyName && word.IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_") < 0 && word.Length >= 3)))
            {
                return;
            }

            int value = i + 1;
            char quote = At(text, value);
            if (quote == '-')
            {
                // "gh secret set NPM_TOKEN --body …", "glab variable set DB_PASSWORD --value …": the flag that carries
                // the value follows the name; other flags ("--env prod", "--repo o/r") come before or after it.
                FindValueFlag(text, value, ref found);
                return;
            }

            if (quote is '"' or '\'')
            {
                value++;
            }

            int end = value;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\''))
            {
                end++;
            }

            if (value < text.Length && IsCredentialValue(text[value..end], strict) && !found.Overlaps(value, end))
            {
                found.Add(value, end - value, PiiKind.Secret, 7);
            }

            return;
        }
    }

    // Flags of secret-setting commands that take the secret's value ("gh secret set X --body …", "glab variable set X --value …").
    private static readonly WordSet s_valueFlags = WordSet.Of(["body", "b", "value", "v", "secret-string", "data", "literal"]);

    /// <summary>The value after a value flag among the flags that follow a secret's name (up to four flags on).</summary>
    private static void FindValueFlag(ReadOnlySpan<char> text, int from, ref Findings found)
    {
        int i = from;
        for (int flags = 0; flags < 4 && i < text.Length && text[i] == '-'; flags++)
        {
            int nameStart = At(text, i + 1) == '-' ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < text.Length && (char.IsAsciiLetterOrDigit(text[nameEnd]) || text[nameEnd] == '-'))
            {
                nameEnd++;
            }

            ReadOnlySpan<char> name = text[nameStart..nameEnd];
            bool glued = At(text, nameEnd) == '=';
            if (!glued && At(text, nameEnd) != ' ')
            {
                return;
            }

            int value = nameEnd + 1;
            bool quoted = At(text, value) is '"' or '\'';
            if (quoted)
            {
                value++;
            }

            int end = value;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\''))
            {
                end++;
            }

            bool shortFlag = nameStart == i + 1;
            if (IsOneOf(name, s_valueFlags) && (!shortFlag || name.Length == 1))
            {
                if (end > value && IsCredentialValue(text[value..end], strict: false) && !found.Overlaps(value, end))
                {
                    found.Add(value, end - value, PiiKind.Secret, 7);
                }

                return;
            }

            // Another flag and its argument: skip both.
            i = end + (quoted ? 1 : 0);
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
        }
    }

    // Commands that take the password glued to "-p": MySQL's tools, 7-Zip and RAR ("7z x -pS3cr3t backup.7z").
    private static readonly WordSet s_passwordCommands = WordSet.Of(
        ["mysql", "mysqldump", "mariadb", "mysqladmin", "mariadb-dump", "mysqlimport", "mysqlshow", "7z", "7za", "7zz", "rar", "unrar"]);

    // Commands whose short flag is the password itself: "redis-cli -a …", "sshpass -p …", "smbclient -U user%…" aside.
    private static readonly WordSet s_passwordFlagCommands = WordSet.Of(["redis-cli", "keydb-cli", "sshpass", "valkey-cli"]);

    // Commands whose "-u" or "--user" takes "user:password".
    private static readonly WordSet s_userPasswordCommands = WordSet.Of(["curl", "http", "https", "xh", "wget"]);

    private static bool IsPasswordFlag(ReadOnlySpan<char> text, int dash, ReadOnlySpan<char> name)
    {
        bool longName = At(text, dash + 1) == '-';
        if (longName)
        {
            return name is "pass" or "askpass" or "auth" or "passwd" && CommandBefore(text, dash, s_passwordFlagCommands);
        }

        // "docker login -u ci -p S3cr3t", "oc login -u dev -p …", "az login -u … -p …": only the login subcommand takes a
        // password there ("docker run -p 8080:80" is a port).
        if (name is "p" && CommandBefore(text, dash, s_registryCommands) && text[..dash].Contains(" login ", StringComparison.Ordinal))
        {
            return true;
        }

        // Commands whose own short flag is the password: "sqlcmd -S db -U sa -P …", "ldapsearch -D … -w …",
        // "mongosh -u admin -p …", "zip -P … archive.zip", "twine upload -u __token__ -p …".
        if (CommandBefore(text, dash, s_shortPasswordCommands) && IsShortPasswordFlag(text, dash, name))
        {
            return true;
        }

        return ((name is "a" && !CommandBefore(text, dash, s_sshpass)) || (name is "p" && CommandBefore(text, dash, s_sshpass)))
            && CommandBefore(text, dash, s_passwordFlagCommands);
    }

    private static readonly WordSet s_registryCommands = WordSet.Of(
        ["docker", "podman", "buildah", "nerdctl", "helm", "oras", "skopeo", "oc", "cf", "az", "argocd", "crane", "regctl"]);

    private static readonly WordSet s_shortPasswordCommands = WordSet.Of(
        ["sqlcmd", "bcp", "osql", "ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldappasswd", "ldapwhoami", "mongosh", "mongo",
         "mongodump", "mongorestore", "mongoexport", "mongoimport", "zip", "unzip", "twine", "keytool", "openssl"]);

    /// <summary>The short flag that carries the password for the command of the clause: "-P" for SQL Server's tools and zip, "-w" for LDAP's, "-p" for MongoDB's and twine.</summary>
    private static bool IsShortPasswordFlag(ReadOnlySpan<char> text, int dash, ReadOnlySpan<char> name)
    {
        if (CommandBefore(text, dash, s_sqlServerTools))
        {
            return name is "P";
        }

        if (CommandBefore(text, dash, s_ldapTools))
        {
            return name is "w";
        }

        if (CommandBefore(text, dash, s_zipTools))
        {
            return name is "P";
        }

        if (CommandBefore(text, dash, s_keytool))
        {
            return name is "storepass" or "keypass" or "srcstorepass" or "deststorepass" or "srckeypass" or "destkeypass";
        }

        if (CommandBefore(text, dash, s_openssl))
        {
            // "openssl pkcs12 -passin pass:…": the value after "pass:" (a file or an env reference is not a password).
            return name is "passin" or "passout" or "k";
        }

        return name is "p";
    }

    private static readonly WordSet s_sqlServerTools = WordSet.Of(["sqlcmd", "bcp", "osql"]);
    private static readonly WordSet s_ldapTools = WordSet.Of(["ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldappasswd", "ldapwhoami"]);
    private static readonly WordSet s_zipTools = WordSet.Of(["zip", "unzip"]);
    private static readonly WordSet s_keytool = WordSet.Of(["keytool"]);
    private static readonly WordSet s_openssl = WordSet.Of(["openssl"]);

    private static readonly WordSet s_sshpass = WordSet.Of(["sshpass"]);

    private static bool IsUserPasswordFlag(ReadOnlySpan<char> text, int dash, ReadOnlySpan<char> name) =>
        (At(text, dash + 1) == '-' ? name is "user" or "proxy-user" : name is "u" or "U") && CommandBefore(text, dash, s_userPasswordCommands);

    /// <summary>Whether the command of the clause that holds <paramref name="index"/> (its first word, after "sudo" or a prompt) is one of <paramref name="commands"/>.</summary>
    private static bool CommandBefore(ReadOnlySpan<char> text, int index, WordSet commands)
    {
        int i = index;
        while (i > 0 && text[i - 1] is not ('|' or ';' or '&' or '$' or '#' or '>' or '\n'))
        {
            i--;
        }

        ReadOnlySpan<char> clause = text[i..index].TrimStart();
        for (int w = 0; w < 2 && !clause.IsEmpty; w++)
        {
            int space = clause.IndexOf(' ');
            ReadOnlySpan<char> word = space < 0 ? clause : clause[..space];
            int slash = word.LastIndexOf('/');
            word = slash >= 0 ? word[(slash + 1)..] : word;
            if (IsOneOf(word, commands))
            {
                return true;
            }

            if (!word.Equals("sudo", StringComparison.Ordinal) || space < 0)
            {
                return false;
            }

            clause = clause[(space + 1)..].TrimStart();
        }

        return false;
    }

    /// <summary><c>NAME=value</c> and <c>Name: value</c> where the name says secret.</summary>
    private static void FindAssignments(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int i = 1; i < text.Length; i++)
        {
            char c = text[i];
            bool colon = c == ':' && i + 1 < text.Length && text[i + 1] == ' ';
            if (c != '=' && !colon)
            {
                continue;
            }

            // "$env:DB_PASSWORD = 'S3cr3t'", "api_token = \"…\"": a spaced "=" is an assignment when the value is quoted.
            bool spaced = c == '=' && text[i - 1] == ' ' && At(text, i + 1) == ' ' && At(text, i + 2) is '"' or '\'';
            int nameEnd = spaced ? i - 1 : i;
            int nameStart = nameEnd;
            while (nameStart > 0 && (IsWordChar(text[nameStart - 1]) || text[nameStart - 1] is '-' or '.'))
            {
                nameStart--;
            }

            ReadOnlySpan<char> name = text[nameStart..nameEnd].TrimStart("-.");
            if (name.Length < 2 || found.Overlaps(nameStart, nameEnd) || !IsSecretName(name, colon))
            {
                continue;
            }

            int value = colon || spaced ? i + 2 : i + 1;
            if (value < text.Length && text[value] is '"' or '\'')
            {
                value++;
            }

            int end = value;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or ';' or ',' or '|' or ')'))
            {
                end++;
            }

            ReadOnlySpan<char> v = text[value..end];
            if (IsCredentialValue(v, strict: colon) && !found.Overlaps(value, end))
            {
                found.Add(value, end - value, PiiKind.Secret, 7);
            }

            i = Math.Max(i, end - 1);
        }
    }

    /// <summary>Splits the name at "_", "-", "." and lower-to-upper case changes and looks at its parts.</summary>
    internal static bool IsSecretName(ReadOnlySpan<char> name, bool header)
    {
        if (name.IsEmpty)
        {
            return false;
        }

        Span<int> bounds = stackalloc int[16];
        int parts = 0;
        int start = 0;
        for (int i = 0; i <= name.Length && parts < 8; i++)
        {
            bool split = i == name.Length || name[i] is '_' or '-' or '.'
                || (i > start && char.IsAsciiLetterUpper(name[i]) && char.IsAsciiLetterLower(name[i - 1]));
            if (!split)
            {
                continue;
            }

            if (i > start)
            {
                bounds[parts * 2] = start;
                bounds[(parts * 2) + 1] = i;
                parts++;
            }

            start = name[Math.Min(i, name.Length - 1)] is '_' or '-' or '.' ? i + 1 : i;
        }

        if (parts == 0)
        {
            return false;
        }

        bool secret = false;
        for (int p = 0; p < parts; p++)
        {
            ReadOnlySpan<char> part = name[bounds[p * 2]..bounds[(p * 2) + 1]];
            if (IsOneOf(part, s_notSecretParts))
            {
                return false;
            }

            secret |= IsOneOf(part, s_secretAnyParts) || (p == parts - 1 && IsOneOf(part, s_secretLastParts)) || EndsWithSecretWord(part);
        }

        // "Key: value" in prose is too loose; headers and labels must say more than "key" or "auth".
        if (header && parts == 1 && IsOneOf(name, s_looseHeaderNames))
        {
            return false;
        }

        return secret;
    }

    /// <summary>"PGPASSWORD", "DBPASS", "MYSQLPWD" aside: a glued name that ends in a password or secret word.</summary>
    private static bool EndsWithSecretWord(ReadOnlySpan<char> part) =>
        part.Length > 8 && (part.EndsWith("password", StringComparison.OrdinalIgnoreCase) || part.EndsWith("passwd", StringComparison.OrdinalIgnoreCase)
            || part.EndsWith("secret", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Not empty, not a reference (<c>$VAR</c>, <c>%VAR%</c>, <c>${…}</c>, <c>&lt;…&gt;</c>), not masked (<c>****</c>), not a
    /// keyword; after a colon in prose it must also look machine-made (a digit or a symbol, or mixed case).
    /// </summary>
    private static bool IsCredentialValue(ReadOnlySpan<char> v, bool strict)
    {
        if (v.Length < 4 || v[0] is '$' or '%' or '<' or '{' or '[' or '*' or '(' || v.IndexOfAnyExcept("*xX•.") < 0)
        {
            return false;
        }

        // A documented shape with its body elided ("sk-...", "ghp_…") is a placeholder, not a key.
        if (v.EndsWith("...", StringComparison.Ordinal) || v.Contains('…'))
        {
            return false;
        }

        // A YAML tag ("!vault secret/…", "!Ref DbPassword") points at the secret; it is not one.
        if (IsOneOf(v, s_notValues) || (v[0] == '!' && v[1..].IndexOfAnyExcept(s_asciiLetters) < 0) || IsPlaceholder(v))
        {
            return false;
        }

        if (!strict)
        {
            return true;
        }

        bool digit = v.IndexOfAnyInRange('0', '9') >= 0;
        bool upper = v.IndexOfAnyInRange('A', 'Z') >= 0;
        bool lower = v.IndexOfAnyInRange('a', 'z') >= 0;
        bool symbol = v.IndexOfAny("+/=_-!@#$%^&*") >= 0;
        return v.Length >= 6 && (digit || symbol || (upper && lower));
    }

    /// <summary>
    /// A value a document asks the reader to fill in: "YOUR_API_KEY", "your-token-here", "REPLACE_ME", "api_key_here",
    /// words and "_" or "-" only (a real key of words alone would carry digits or mixed case).
    /// </summary>
    private static bool IsPlaceholder(ReadOnlySpan<char> v)
    {
        if (v.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_-") >= 0)
        {
            return false;
        }

        bool oneCase = v.IndexOfAnyInRange('a', 'z') < 0 || v.IndexOfAnyInRange('A', 'Z') < 0;
        if (!oneCase)
        {
            return false;
        }

        foreach (string start in s_placeholderStarts)
        {
            if (v.StartsWith(start, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return v.EndsWith("_here", StringComparison.OrdinalIgnoreCase) || v.EndsWith("-here", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The credential after "Bearer", "Basic", or "Authorization:" (with or without a scheme word such as "token").</summary>
    private static void FindAuthorizationSchemes(ReadOnlySpan<char> text, ref Findings found)
    {
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOfAny(s_authWords);
            if (at < 0)
            {
                return;
            }

            int i = from + at;
            int value;
            if (char.ToLowerInvariant(text[i]) == 'a')
            {
                value = i + 14;
                while (value < text.Length && text[value] is ' ' or '"' or '\'')
                {
                    value++;
                }

                int scheme = value;
                while (char.IsAsciiLetter(At(text, scheme)))
                {
                    scheme++;
                }

                if (At(text, scheme) == ' ' && scheme > value)
                {
                    value = scheme + 1;
                }
            }
            else
            {
                value = i + (char.ToLowerInvariant(text[i + 1]) == 'e' ? 7 : 6);
            }

            from = value;
            if (IsWordChar(At(text, i - 1)))
            {
                continue;
            }

            int end = value;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '.' or '_' or '~' or '+' or '/' or '=' or '-'))
            {
                end++;
            }

            if (end - value >= 8 && LooksMachineMade(text[value..end]) && !found.Overlaps(value, end))
            {
                found.Add(value, end - value, PiiKind.Secret, 7);
            }

            from = Math.Max(from, end);
        }
    }

    private static readonly SearchValues<string> s_authWords = SearchValues.Create(["bearer ", "basic ", "authorization:"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Letters and digits mixed, or long with both cases: "authentication" is a word, "dGVzdDp0ZXN0" is not.</summary>
    private static bool LooksMachineMade(ReadOnlySpan<char> v)
    {
        bool digit = v.IndexOfAnyInRange('0', '9') >= 0;
        bool letter = v.IndexOfAnyInRange('a', 'z') >= 0 || v.IndexOfAnyInRange('A', 'Z') >= 0;
        bool upper = v.IndexOfAnyInRange('A', 'Z') >= 0;
        bool lower = v.IndexOfAnyInRange('a', 'z') >= 0;
        return (digit && letter) || (v.Length >= 16 && upper && lower);
    }
}
