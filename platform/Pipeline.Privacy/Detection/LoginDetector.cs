using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// A person's login where the system writes it without a sigil: the home folder in a path (<c>/home/anna_k/</c>,
/// <c>/Users/anna_k/</c>, <c>C:\Users\anna_k\</c>), a shell prompt or tmux status (<c>anna_k@thinkpad: ~</c>,
/// <c>"anna_k@bastion"</c>, <c>ssh anna_k@jump01</c>) and the user of a URL that carries a password or token
/// (<c>https://anna_k:ghp_…@github.com/…</c>). Service accounts (<c>root</c>, <c>deploy@</c>, <c>www-data@</c>,
/// <c>git@github.com:</c>, <c>oauth2:</c>) are no one's and stay, as do package tags (<c>react@latest</c>) and image
/// densities (<c>icon@2x</c>).
/// </summary>
internal static class LoginDetector
{
    private static readonly WordSet s_serviceAccounts = WordSet.Of(
        ["root", "admin", "administrator", "ubuntu", "ec2-user", "centos", "debian", "fedora", "alpine", "arch", "rocky", "almalinux",
         "opc", "azureuser", "core", "bitnami", "deploy", "deployer", "git", "www-data", "www", "nginx", "apache", "httpd", "postgres",
         "mysql", "redis", "mongodb", "jenkins", "runner", "gitlab-runner", "github-runner", "vagrant", "pi", "docker", "build", "builder",
         "ci", "cd", "app", "apps", "user", "users", "guest", "public", "default", "defaultuser0", "shared", "all users", "test", "tester",
         "service", "svc", "nobody", "daemon", "bin", "sys", "oracle", "hadoop", "spark", "kafka", "elastic", "elasticsearch", "node",
         "ansible", "backup", "ftp", "sftp", "mail", "postfix", "dev", "developer", "ops", "operator", "system", "localadmin", "adm",
         "x-access-token", "oauth2", "oauth", "token", "api", "bot", "x-token-auth", "gitlab-ci-token", "pat", "anonymous", "demo",
         "staging", "prod", "production", "web", "worker", "ubuntu-server", "rancher", "k8s", "kube", "minikube", "steam", "games",
         "media", "plex", "nas", "home", "user1", "admin1", "sa", "dbadmin", "webmaster", "support", "info", "noreply", "no-reply",
         "localhost", "lost+found", "snap", "linuxbrew", "opt", "shares", "share", "me", "you", "login", "username", "name", "yourname",
         "your-name", "your_username", "yourusername", "example", "foo", "bar", "john", "jdoe", "runneradmin", "cloudshell-user", "codespace",
         "vscode", "gitpod", "coder", "jovyan", "sandbox",
         // Shared role profiles on a front-desk or ward PC, and transfer accounts: a place's, not a person's.
         "all", "reception", "owner", "kiosk", "frontdesk", "front-desk", "files", "uploads", "transfer", "scanner"]);

    // npm and container dist-tags after "@": a package's version, not a host.
    private static readonly WordSet s_packageTags = WordSet.Of(
        ["latest", "next", "beta", "alpha", "canary", "rc", "stable", "lts", "nightly", "experimental", "insiders", "dev", "edge", "preview",
         "main", "master", "head", "legacy", "current", "release"]);

    private static readonly WordSet s_personalSchemes = WordSet.Of(["http", "https", "ssh", "git+ssh", "git+https", "sftp", "webdav", "webdavs"]);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        FindHomeFolder(text, "/home/", ref found);
        FindHomeFolder(text, "/Users/", ref found);
        FindHomeFolder(text, "\\Users\\", ref found);
        if (text.Contains('@'))
        {
            FindPromptLogins(text, ref found);
            if (text.Contains("://", StringComparison.Ordinal))
            {
                FindUrlUsers(text, ref found);
            }
        }
    }

    /// <summary>The folder after <c>/home/</c> or <c>Users</c> where a path starts: "/home/anna_k/.ssh", "C:\Users\anna_k\Documents".</summary>
    private static void FindHomeFolder(ReadOnlySpan<char> text, string marker, ref Findings found)
    {
        for (int m = text.IndexOf(marker, StringComparison.Ordinal); m >= 0; m = IndexOfOrdinal(text, m + 1, marker))
        {
            // The path's root: "/home/" at a word's start, "\Users\" after a drive ("C:") or a share's root.
            char before = At(text, m - 1);
            bool root = marker[0] == '\\'
                ? (before == ':' && char.IsAsciiLetter(At(text, m - 2))) || before == '\\'
                : m == 0 || before is ' ' or '"' or '\'' or '=' or '(' or '[' or ':' or '`' || (before == '~' && m == 1);
            if (!root)
            {
                continue;
            }

            int start = m + marker.Length;
            int end = start;
            while (end < text.Length && IsLoginChar(text[end]))
            {
                end++;
            }

            char after = At(text, end);
            if (end == start || !(after is '/' or '\\' or ' ' or '"' or '\'' or ')' or ']' or ':' or '>' || end == text.Length))
            {
                continue;
            }

            ReadOnlySpan<char> login = text[start..end];
            if (IsPersonalLogin(login) && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Handle, 5);
            }
        }
    }

    // The users folder as a file manager's address bar names it in the system's language.
    private static readonly WordSet s_usersFolders = WordSet.Of(
        ["Users", "Benutzer", "Utilisateurs", "Usuarios", "Usuários", "Utenti", "Gebruikers", "Użytkownicy", "Användare", "Brugere",
         "Brukere", "Käyttäjät", "Uživatelé", "Používatelia", "Felhasználók", "Utilizatori", "Kullanıcılar", "Пользователи",
         "Користувачі", "Χρήστες", "Korisnici", "Uporabniki", "Потребители", "ユーザー", "用户", "使用者", "사용자"]);

    /// <summary>
    /// "This PC > Local Disk (C:) > Users > anna_k > Downloads", "Dieser PC › … › Benutzer › anna_k": the profile
    /// folder after the users folder in a file manager's breadcrumb, in the system's language.
    /// </summary>
    public static void FindBreadcrumbProfile(ReadOnlySpan<char> text, ref Findings found)
    {
        if (text.IndexOfAny('>', '›') < 0)
        {
            return;
        }

        int segment = 0;
        while (segment < text.Length)
        {
            int end = BreadcrumbEnd(text, segment, out int next);
            if (next < 0)
            {
                return;
            }

            if (s_usersFolders.Contains(text[segment..end].Trim()))
            {
                int loginEnd = BreadcrumbEnd(text, next, out _);
                ReadOnlySpan<char> login = text[next..loginEnd];
                bool loginShaped = true;
                foreach (char c in login)
                {
                    loginShaped &= IsLoginChar(c);
                }

                // A profile folder is a login (lower case, not a word): "Users > Roles" in an admin console is a page.
                if (loginShaped && IsPersonalLogin(login) && login.IndexOfAnyInRange('A', 'Z') < 0 && !Lexicon.IsCommonWord(login)
                    && !found.Overlaps(next, loginEnd))
                {
                    found.Add(next, loginEnd - next, PiiKind.Handle, 5);
                }
            }

            segment = next;
        }
    }

    /// <summary>The end of the breadcrumb segment at <paramref name="start"/>, and where the next begins (-1 if none).</summary>
    private static int BreadcrumbEnd(ReadOnlySpan<char> text, int start, out int next)
    {
        for (int i = start; i + 2 < text.Length; i++)
        {
            if (text[i] == ' ' && text[i + 1] is '>' or '›' && text[i + 2] == ' ')
            {
                next = i + 3;
                return i;
            }
        }

        next = -1;
        return text.Length;
    }

    /// <summary>
    /// "anna_k@thinkpad: ~/src", "[anna_k@fedora ~]$", "\"anna_k@bastion\"", "ssh anna_k@jump01": a login at a host
    /// that is a machine's name (one label, no domain) or a prompt's (followed by ":" and a path).
    /// </summary>
    private static void FindPromptLogins(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int at = text.IndexOf('@'); at > 0; at = at + 1 < text.Length ? IndexOfOrdinal(text, at + 1, "@") : -1)
        {
            int start = at;
            while (start > 0 && IsLoginChar(text[start - 1]))
            {
                start--;
            }

            char before = At(text, start - 1);
            if (start == at || !(start == 0 || before is ' ' or '"' or '\'' or '[' or '(' or '`'))
            {
                continue;
            }

            int hostEnd = at + 1;
            while (hostEnd < text.Length && (char.IsAsciiLetterOrDigit(text[hostEnd]) || text[hostEnd] is '-' or '.' or '_'))
            {
                hostEnd++;
            }

            while (hostEnd > at + 1 && text[hostEnd - 1] == '.')
            {
                hostEnd--;
            }

            ReadOnlySpan<char> host = text[(at + 1)..hostEnd];
            // A machine named by its IPv4 address ("anna_k@10.0.4.17 - WinSCP", "anna_k@192.168.1.20:~$").
            bool address = IsIPv4(host);
            if (host.IsEmpty || !(char.IsAsciiLetter(host[0]) || address) || IsOneOf(host, s_packageTags))
            {
                continue;
            }

            char after = At(text, hostEnd);
            // A prompt: "host:" then a space, "~" or a path; a bracketed prompt "[login@host dir]"; otherwise a bare machine name.
            bool prompt = after == ':' && (hostEnd + 1 == text.Length || At(text, hostEnd + 1) is ' ' or '~' or '/');
            bool bracketed = before == '[' && after == ' ';
            bool machine = (host.IndexOf('.') < 0 || address) && (after is ' ' or '"' or '\'' or ']' or ')' or '`' || hostEnd == text.Length);
            if (!(prompt || bracketed || machine) || IsAfterPackageCommand(text, start))
            {
                continue;
            }

            ReadOnlySpan<char> login = text[start..at];
            if (IsPersonalLogin(login) && login.IndexOfAnyInRange('A', 'Z') < 0 && !found.Overlaps(start, at))
            {
                found.Add(start, at - start, PiiKind.Handle, 5);
            }
        }
    }

    /// <summary>"https://anna_k:ghp_…@github.com/…": the user of a URL that carries a secret (the secret is the URL detector's).</summary>
    private static void FindUrlUsers(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int s = text.IndexOf("://", StringComparison.Ordinal); s >= 0; s = IndexOfOrdinal(text, s + 3, "://"))
        {
            // Web and git remotes carry a person's login; a database's URL carries a role ("postgres://etl_app:…@db").
            int scheme = s;
            while (scheme > 0 && (char.IsAsciiLetterOrDigit(text[scheme - 1]) || text[scheme - 1] is '+' or '.' or '-'))
            {
                scheme--;
            }

            if (!IsOneOf(text[scheme..s], s_personalSchemes))
            {
                continue;
            }

            int start = s + 3;
            int end = start;
            while (end < text.Length && IsLoginChar(text[end]))
            {
                end++;
            }

            if (end == start || At(text, end) != ':')
            {
                continue;
            }

            // The password runs to "@" before any "/": otherwise ":" was a port ("host:8080/").
            int at = end + 1;
            while (at < text.Length && text[at] is not ('@' or '/' or ' ' or '?' or '#'))
            {
                at++;
            }

            if (At(text, at) != '@' || at == end + 1)
            {
                continue;
            }

            ReadOnlySpan<char> login = text[start..end];
            if (IsPersonalLogin(login) && !found.OverlapsKind(start, end, PiiKind.Secret) && !found.OverlapsKind(start, end, PiiKind.Email)
                && !found.OverlapsKind(start, end, PiiKind.Url))
            {
                found.Add(start, end - start, PiiKind.Handle, 5);
            }
        }
    }

    /// <summary>Four decimal parts of at most 255 each: an IPv4 address, not a version ("1.2.3" has three).</summary>
    private static bool IsIPv4(ReadOnlySpan<char> host)
    {
        int parts = 0;
        int i = 0;
        while (i <= host.Length)
        {
            int start = i;
            int value = 0;
            while (i < host.Length && char.IsAsciiDigit(host[i]) && i - start < 3)
            {
                value = (value * 10) + (host[i] - '0');
                i++;
            }

            if (i == start || value > 255 || (i < host.Length && host[i] != '.'))
            {
                return false;
            }

            parts++;
            i++;
        }

        return parts == 4;
    }

    private static bool IsAfterPackageCommand(ReadOnlySpan<char> text, int start)
    {
        int end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsAsciiLetter(text[begin - 1]))
        {
            begin--;
        }

        ReadOnlySpan<char> word = text[begin..end];
        return word is "install" or "add" or "i" or "npx" or "bunx" or "dlx" or "upgrade" or "update" or "remove" or "uninstall" or "pull" or "push" or "run" or "use";
    }

    private static bool IsLoginChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';

    /// <summary>A login of two to 32 characters with a letter, not a service account or a placeholder.</summary>
    internal static bool IsPersonalLogin(ReadOnlySpan<char> login)
    {
        if (login.Length is < 2 or > 32 || !char.IsAsciiLetterOrDigit(login[0]) || !char.IsAsciiLetterOrDigit(login[^1]))
        {
            return false;
        }

        return (login.IndexOfAnyInRange('a', 'z') >= 0 || login.IndexOfAnyInRange('A', 'Z') >= 0) && !s_serviceAccounts.Contains(login);
    }

    private static int IndexOfOrdinal(ReadOnlySpan<char> text, int from, string value)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        int i = text[from..].IndexOf(value, StringComparison.Ordinal);
        return i < 0 ? -1 : from + i;
    }
}
