using System.Buffers;
using System.Text.RegularExpressions;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// URLs, with or without a scheme. Hosts stay (they say which site, not who), except where the URL as a whole names
/// a person or is an invitation (<c>calendly.com/jane-doe/30min</c>, <c>linkedin.com/in/…</c>, <c>discord.gg/…</c>):
/// then the whole URL is <c>&lt;URL&gt;</c>. Otherwise the parts that carry a capability or a person are replaced:
/// token-like path segments, the segment after a reset, invite, verify or webhook word (a UUID there too), share ids
/// on file-sharing hosts, bot tokens, <c>;jsessionid=</c>, passwords in the user info, the <c>owner/repo</c> on a code
/// host, phone numbers in messaging deep links, and every query value. Public hex ids (commit SHAs, image digests,
/// slugs ending in hex) stay.
/// </summary>
internal static class UrlDetector
{
    private const RegexOptions Options = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    private static readonly Regex s_deepLink = new(@"(?:[Tt][Ee][Ll]|[Ss][Mm][Ss]|[Cc][Aa][Ll][Ll][Tt][Oo]|[Ff][Aa][Cc][Ee][Tt][Ii][Mm][Ee]):(?://)?\+?[0-9](?:[0-9\-. ]?[0-9]){6,16}", Options);

    // Hosts whose first path segment is a person (booking pages, profiles, payment handles).
    private static readonly string[] s_profileHosts =
        ["calendly.com", "cal.com", "savvycal.com", "tidycal.com", "zcal.co", "youcanbook.me", "calendar.app.google", "koalendar.com",
         "doodle.com", "meetings.hubspot.com", "appt.link", "vyte.in", "harmonizely.com", "zeeg.me", "cal.id", "x.com", "twitter.com", "instagram.com",
         "facebook.com", "fb.com", "threads.net", "tiktok.com", "t.me", "telegram.me", "m.me", "keybase.io", "about.me",
         "linktr.ee", "paypal.me", "venmo.com", "cash.app", "buymeacoffee.com", "ko-fi.com", "patreon.com", "twitch.tv", "soundcloud.com",
         "behance.net", "dribbble.com", "pinterest.com", "vk.com", "gravatar.com", "whereby.com", "mastodon.social", "flickr.com",
         // Meeting rooms named in the path: whoever has the link joins ("meet.jit.si/<room>", "gotomeet.me/<name>").
         "meet.jit.si", "8x8.vc", "gotomeet.me", "join.me"];

    // Paths on profile hosts that are the site's own pages, not a person.
    private static readonly WordSet s_reservedFirstSegments = WordSet.Of(
        ["home", "explore", "search", "settings", "notifications", "messages", "i", "intent", "share", "hashtag", "login", "signup",
         "about", "help", "tos", "privacy", "compose", "watch", "results", "feed", "jobs", "groups", "pages", "events", "marketplace",
         "gaming", "reels", "stories", "p", "reel", "direct", "accounts", "topics", "trending", "lists", "legal", "terms", "pricing",
         "features", "blog", "docs", "developers", "api", "app", "apps", "download", "en", "de", "fr", "es", "hc", "support", "business",
         "ads", "policies", "discover", "tag", "tags", "categories", "browse", "shop", "store", "live", "music", "videos", "video",
         "integrations", "enterprise", "team", "teams", "signin", "sign-in", "sign-up", "register", "logout", "oauth", "embed", "static",
         "assets", "img", "images", "css", "js", "media", "contact", "careers", "press", "security", "status", "changelog", "s", "r",
         "plans", "resources", "customers", "partners", "solutions", "product", "products", "trust", "integrations", "dashboard"]);

    // Path words after which a person's slug follows on any site.
    private static readonly WordSet s_personPathWords = WordSet.Of(
        ["in", "u", "user", "users", "profile", "profiles", "people", "person", "staff", "member", "members", "author", "authors", "my",
         "meetings", "meet", "book", "booking", "schedule", "team", "employees", "employee", "contributors", "~"]);

    // Invitation links to a private group or meeting.
    private static readonly string[] s_inviteHosts = ["discord.gg", "chat.whatsapp.com", "join.slack.com", "signal.group", "join.skype.com"];

    // Path words after which the next segment is a capability: whoever has the link has the access.
    private static readonly WordSet s_capabilityWords = WordSet.Of(
        ["reset", "reset-password", "password-reset", "resetpassword", "password", "invite", "invites", "invitation", "invitations", "join",
         "webhook", "webhooks", "hooks", "hook", "verify", "verification", "confirm", "confirmation", "activate", "activation", "magic",
         "magic-link", "unsubscribe", "share", "shared", "s", "sh", "accept", "claim", "redeem", "token", "tokens", "onboarding", "signup",
         "register", "recover", "recovery", "email-verification", "setup", "download", "downloads", "dl", "d", "fi", "l", "preview",
         "accept-invite", "accept-invitation", "join-team",
         // The same pages in the languages desktop users work in: reset, invite, verify, confirm, activate.
         "restablecer", "restablecer-contrasena", "recuperar", "recuperar-contrasena", "redefinir", "redefinir-senha", "reinitialiser",
         "réinitialiser", "reinitialisation", "mot-de-passe", "passwort-zuruecksetzen", "passwort-zurücksetzen", "zuruecksetzen",
         "zurücksetzen", "passwort-vergessen", "wachtwoord-herstellen", "herstellen", "reimposta", "reimpostare", "resetuj", "resetowanie",
         "einladung", "einladungen", "einladen", "invitacion", "invitación", "invitar", "invito", "invita", "convite", "convidar",
         "uitnodiging", "zaproszenie", "davet", "verifizieren", "bestaetigen", "bestätigen", "confirmer", "confirmar", "conferma",
         "verificar", "verifica", "aktivieren", "activer", "activar", "attiva", "ativar", "potwierdz", "aktywuj"]);

    // Hosts whose first path segment is a share id.
    private static readonly string[] s_shareHosts = ["pastebin.com", "we.tl", "1drv.ms", "file.io", "hackmd.io", "justpaste.it", "paste.ee", "controlc.com", "photos.app.goo.gl", "gofile.io"];

    private static readonly WordSet s_codeHostNames = WordSet.Of(["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitea.com", "sr.ht", "git.sr.ht"]);

    private static readonly string[] s_codeHosts = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitea.com", "sr.ht", "git.sr.ht"];

    // Subdomains of these name a person ("jane.substack.com", "jane.github.io").
    private static readonly string[] s_personSubdomainHosts = ["github.io", "substack.com", "medium.com", "tumblr.com", "wordpress.com", "blogspot.com", "bsky.social", "carrd.co"];

    private static readonly WordSet s_secretNames = WordSet.Of(
        ["token", "access_token", "refresh_token", "id_token", "api_key", "apikey", "key", "secret", "client_secret", "password", "pwd", "pass",
         "sig", "signature", "auth", "code", "session", "sessionid", "sid", "jwt", "private_token", "x-amz-signature", "x-amz-credential",
         "x-amz-security-token", "x-goog-signature", "jsessionid", "phpsessid", "otp", "ticket", "hash", "pwd", "share_key", "invite",
         "invite_code", "reset_token", "magic", "nonce", "state", "oobcode", "authuser_token",
         // Share links' keys: Dropbox's rlkey, OneDrive's authkey, other hosts' share and access keys.
         "rlkey", "authkey", "sharekey", "share_token", "sharetoken", "accesskey", "access_key", "secret_key", "api-key", "apitoken"]);

    private static readonly WordSet s_phoneNames = WordSet.Of(["phone", "tel", "mobile", "number", "msisdn", "phone_number", "phonenumber", "to", "recipient"]);

    // Public owners on code hosts: their repositories are open source, not a private party's.
    internal static readonly WordSet PublicOwners = WordSet.Of(
        ["microsoft", "dotnet", "google", "facebook", "meta", "torvalds", "apache", "kubernetes", "golang", "rust-lang", "python", "nodejs",
         "npm", "vercel", "aws", "azure", "docker", "mozilla", "apple", "openai", "anthropics", "huggingface", "tensorflow", "pytorch",
         "angular", "vuejs", "sveltejs", "facebookresearch", "google-research", "hashicorp", "elastic", "grafana", "prometheus", "helm",
         "github", "gitlab-org", "jetbrains", "oracle", "ibm", "redhat", "ansible", "django", "pallets", "rails", "laravel", "symfony",
         "spring-projects", "eclipse", "jenkinsci", "netflix", "uber", "airbnb", "twitter", "shopify", "stripe", "cloudflare", "denoland",
         "oven-sh", "tokio-rs", "serde-rs", "confluentinc", "apache-spark", "duckdb", "neovim", "vim", "git", "curl", "openssl", "llvm",
         "gcc-mirror", "nixos", "home-assistant", "flutter", "android", "chromium", "webpack", "babel", "eslint", "prettier", "jestjs",
         "microsoftdocs", "mdn", "w3c", "whatwg", "tc39", "openjdk", "scikit-learn", "numpy", "pandas-dev", "matplotlib", "jupyter",
         // Further open-source owners whose repositories are public by definition.
         "sindresorhus", "ohmyzsh", "withastro", "tailwindlabs", "twbs", "jquery", "square", "homebrew", "nginx", "redis", "mongodb",
         "postgres", "sqlite", "moby", "istio", "argoproj", "astral-sh", "pypa", "yarnpkg", "pnpm", "vitejs", "microsoft-edge", "puppeteer",
         "cypress-io", "storybookjs", "supabase", "firebase", "googleapis", "googlecloudplatform", "aws-samples", "awslabs", "azure-samples",
         "zed-industries", "tauri-apps", "electron", "godotengine", "bevyengine", "servo", "webkit", "ollama", "ggerganov", "ggml-org",
         "langchain-ai", "run-llama", "vllm-project", "deepseek-ai", "mistralai", "meta-llama", "stability-ai", "comfyanonymous",
         "automatic1111", "lllyasviel", "karpathy", "gohugoio", "jekyll", "gatsbyjs", "remix-run", "nuxt", "expressjs", "nestjs", "fastify",
         "tiangolo", "encode", "psf", "pallets-eco", "celery", "apache-airflow", "dagster-io", "dbt-labs", "trinodb", "clickhouse",
         "cockroachdb", "etcd-io", "containerd", "opencontainers", "cncf", "open-telemetry", "jaegertracing", "fluent", "vectordotdev",
         "envoyproxy", "traefik", "caddyserver", "letsencrypt", "certbot", "openssh", "systemd", "gnome", "kde", "freebsd", "openbsd",
         "microsoft-docs", "dotnet-architecture", "npgsql", "garnet", "protocolbuffers", "grpc", "bazelbuild", "gradle", "maven", "junit-team",
         "mockito", "google-gemini", "x-ai", "openai-python", "anthropic", "screenpipe", "mediar-ai", "obsidianmd", "logseq", "excalidraw",
         "mermaid-js", "plausible", "umami-software", "mastodon", "matrix-org", "element-hq", "signalapp", "telegramdesktop", "wireguard",
         "tailscale", "syncthing", "rclone", "restic", "borgbackup", "jellyfin", "nextcloud", "owncloud", "immich-app", "bitwarden"]);

    private static readonly WordSet s_repoPages = WordSet.Of(
        ["issues", "merge_requests", "tree", "blob", "commits", "commit", "pipelines", "jobs", "wiki", "tags", "branches", "releases",
         "pull", "pulls", "compare", "settings", "activity", "graphs", "network", "raw", "blame", "edit", "archive", "packages"]);

    private static readonly WordSet s_codeHostReserved = WordSet.Of(
        ["features", "pricing", "explore", "marketplace", "topics", "trending", "settings", "notifications", "pulls", "issues", "orgs",
         "login", "about", "enterprise", "sponsors", "search", "new", "codespaces", "collections", "events", "security", "team",
         "customer-stories", "readme", "apps", "users", "dashboard", "projects", "help", "explore", "groups", "-", "api", "site",
         "organizations", "account", "signup", "join", "contact", "blog", "changelog", "copilot", "solutions", "resources"]);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        // "scheme://…": hand-scanned (the pattern engine allocates on some scans; a title must not pay for a URL it keeps).
        for (int sep = text.IndexOf("://", StringComparison.Ordinal); sep > 0; sep = IndexFrom(text, sep + 3, "://"))
        {
            int start = sep;
            while (start > 0 && sep - start < 16 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '+' or '.' or '-'))
            {
                start--;
            }

            while (start < sep && !char.IsAsciiLetter(text[start]))
            {
                start++;
            }

            int end = UrlEnd(text, sep + 3);
            if (sep - start < 2 || end == sep + 3 || IsWordChar(At(text, start - 1)) || found.IsClaimed(start, end))
            {
                continue;
            }

            end = TrimEnd(text, start, end);
            Scan(text, start, end, ref found);
            sep = Math.Max(sep, end - 3);
        }

        for (int w = IndexFrom(text, 0, "www."); w >= 0; w = IndexFrom(text, w + 4, "www."))
        {
            if (IsAlnum(At(text, w - 1)) || At(text, w - 1) is '.' or '/' || found.IsClaimed(w, w + 4))
            {
                continue;
            }

            int end = TrimEnd(text, w, UrlEnd(text, w));
            Scan(text, w, end, ref found);
            w = Math.Max(w, end - 4);
        }

        for (int slash = text.IndexOf('/'); slash > 0; slash = IndexFrom(text, slash + 1, "/"))
        {
            int start = BareHostStart(text, slash);
            if (start < 0 || found.IsClaimed(start, slash + 1))
            {
                continue;
            }

            int end = TrimEnd(text, start, UrlEnd(text, slash));
            Scan(text, start, end, ref found);
            slash = Math.Max(slash, end - 1);
        }

        FindOriginFormQueries(text, ref found);

        if (text.IndexOfAny(s_deepLinkSchemes) >= 0)
        {
            foreach (ValueMatch m in s_deepLink.EnumerateMatches(text))
            {
                int colon = text.Slice(m.Index, m.Length).IndexOf(':');
                int number = m.Index + colon + 1;
                while (text[number] == '/')
                {
                    number++;
                }

                if (!IsWordChar(At(text, m.Index - 1)) && !IsAlnum(At(text, m.Index + m.Length)))
                {
                    found.Add(number, m.Index + m.Length - number, PiiKind.Phone, 6);
                }
            }
        }
    }

    private static readonly SearchValues<string> s_deepLinkSchemes = SearchValues.Create(["tel:", "sms:", "callto:", "facetime:"], StringComparison.OrdinalIgnoreCase);

    private static readonly WordSet s_bareTlds = WordSet.Of(
        ["com", "org", "net", "io", "co", "me", "gg", "so", "dev", "app", "ai", "ly", "be", "to", "tv", "fm", "sh", "xyz", "link", "page", "site",
         "us", "uk", "de", "fr", "ms", "ee", "info", "biz", "social", "cc", "in", "jp", "eu", "ch", "nl", "at", "es", "it", "se", "no", "dk", "fi",
         "pl", "cz", "ru", "br", "au", "ca", "nz", "ie", "google", "group", "si", "vc"]);

    /// <summary>The end of a URL's characters (up to white space, quotes, angle brackets or "|").</summary>
    private static int UrlEnd(ReadOnlySpan<char> text, int from)
    {
        int i = from;
        while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('<' or '>' or '"' or '\'' or '`' or '|'))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// Where a URL without a scheme starts, if the characters before <paramref name="slash"/> are a host name that
    /// ends in a known top-level domain ("calendly.com/…", "linkedin.com/in/…"), else -1.
    /// </summary>
    private static int BareHostStart(ReadOnlySpan<char> text, int slash)
    {
        int start = slash;
        while (start > 0 && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '-'))
        {
            start--;
        }

        ReadOnlySpan<char> host = text[start..slash];
        int dot = host.LastIndexOf('.');
        char before = At(text, start - 1);
        if (dot <= 0 || !char.IsAsciiLetterOrDigit(host[0]) || IsAlnum(before) || before is '.' or '@' or '/' or '-' or '_' or ':' || !IsOneOf(host[(dot + 1)..], s_bareTlds))
        {
            return -1;
        }

        return start;
    }

    /// <summary>A sentence may end right after a URL: its closing punctuation is not part of it.</summary>
    private static int TrimEnd(ReadOnlySpan<char> text, int start, int end)
    {
        while (end > start && ".,;:!?)]}'\"".Contains(text[end - 1], StringComparison.Ordinal))
        {
            end--;
        }

        return end;
    }

    private static void Scan(ReadOnlySpan<char> text, int start, int end, ref Findings found)
    {
        int scheme = text[start..end].IndexOf("://", StringComparison.Ordinal);
        int hostStart = scheme >= 0 ? start + scheme + 3 : start;
        int hostEnd = hostStart;
        while (hostEnd < end && text[hostEnd] is not ('/' or '?' or '#'))
        {
            hostEnd++;
        }

        // A connection string's password may hold "#" or "?" ("postgres://app:Pa#ss@db:5432/x"): outside http, the user
        // info runs to the last "@" before the path.
        if (scheme >= 0 && !text[start..].StartsWith("http", StringComparison.OrdinalIgnoreCase) && hostEnd < end && text[hostEnd] is '#' or '?')
        {
            int slash = hostEnd;
            while (slash < end && text[slash] != '/')
            {
                slash++;
            }

            int userAt = text[hostStart..slash].LastIndexOf('@');
            if (userAt > hostEnd - hostStart && text[hostStart..(hostStart + userAt)].Contains(':'))
            {
                hostEnd = slash;
            }
        }

        // user:password@host: the password is a secret, the user name a handle.
        int at = text[hostStart..hostEnd].LastIndexOf('@');
        if (at >= 0)
        {
            int userEnd = hostStart + at;
            int colon = text[hostStart..userEnd].IndexOf(':');
            if (colon >= 0 && userEnd > hostStart + colon + 1)
            {
                found.Add(hostStart + colon + 1, userEnd - (hostStart + colon + 1), PiiKind.Secret, 9);
            }

            hostStart = userEnd + 1;
        }

        ReadOnlySpan<char> host = HostName(text[hostStart..hostEnd]);

        // "123456789012.signin.aws.amazon.com/console": the account's sign-in page names the account.
        if (host.EndsWith(".signin.aws.amazon.com", StringComparison.OrdinalIgnoreCase) && host.IndexOf('.') == 12
            && host[..12].IndexOfAnyExceptInRange('0', '9') < 0)
        {
            int label = hostStart + text[hostStart..hostEnd].IndexOf(host[..12]);
            found.Add(label, 12, PiiKind.Id, 6);
        }

        Span<int> segments = stackalloc int[32];
        int count = 0;
        int i = hostEnd;
        while (i < end && text[i] == '/' && count < 16)
        {
            int segment = ++i;
            while (i < end && text[i] is not ('/' or '?' or '#' or ';'))
            {
                i++;
            }

            segments[count * 2] = segment;
            segments[(count * 2) + 1] = i;
            count++;

            // Path parameters (";jsessionid=…") carry session ids.
            while (i < end && text[i] == ';')
            {
                int name = ++i;
                while (i < end && text[i] is not ('/' or '?' or '#' or '=' or ';'))
                {
                    i++;
                }

                int nameEnd = i;
                if (i < end && text[i] == '=')
                {
                    int value = ++i;
                    while (i < end && text[i] is not ('/' or '?' or '#' or ';'))
                    {
                        i++;
                    }

                    if (i > value && IsOneOf(text[name..nameEnd], s_secretNames))
                    {
                        found.Add(value, i - value, PiiKind.Secret, 6);
                    }
                }
            }
        }

        int pathEnd = i;
        bool fragment = pathEnd < end && text[pathEnd] == '#';

        // "youtube.com/@jane.doe": the channel's handle, with its sigil, is what names the person; the rest is the site.
        if (count > 0 && HostIs(host, "youtube.com") && text[segments[0]] == '@' && segments[1] - segments[0] >= 3)
        {
            found.Add(segments[0], segments[1] - segments[0], PiiKind.Handle, 10);
            found.Claim(start, end);
            return;
        }

        if (NamesPersonOrInvitation(text, host, segments[..(count * 2)])
            || (fragment && HostIs(host, "signal.group") && end - pathEnd > 8))
        {
            // A Signal group link carries its invitation in the fragment ("signal.group/#CjQKI…").
            found.Add(start, end - start, PiiKind.Url, 10);
            found.Claim(start, end);
            return;
        }

        // "signal.me/#p/+4915112345678": the fragment is the phone number.
        if (fragment && HostIs(host, "signal.me") && text[pathEnd..end].StartsWith("#p/", StringComparison.Ordinal) && IsPhoneDigits(text[(pathEnd + 3)..end]))
        {
            found.Add(pathEnd + 3, end - (pathEnd + 3), PiiKind.Phone, 6);
            found.Claim(start, end);
            return;
        }

        found.Claim(start, end);
        ScanPath(text, host, segments[..(count * 2)], ref found);
        FindPathSearch(text, host, segments[..(count * 2)], ref found);

        // "mail.google.com/mail/u/0/#search/<terms>[/<message>]": the fragment holds what was searched for, an encoded
        // address included (it outranks the e-mail inside it).
        if (fragment && text[(pathEnd + 1)..end].StartsWith("search/", StringComparison.OrdinalIgnoreCase))
        {
            int terms = pathEnd + 8;
            int termsEnd = terms;
            while (termsEnd < end && text[termsEnd] != '/')
            {
                termsEnd++;
            }

            if (termsEnd > terms)
            {
                found.Add(terms, termsEnd - terms, PiiKind.UrlQuery, 9);
            }

            return;
        }

        // A single-page app's route in the fragment ("#/contacts?search=…"): its query is read like the page's.
        if (fragment && At(text, pathEnd + 1) is '/' or '!')
        {
            int query = text[pathEnd..end].IndexOf('?');
            if (query < 0)
            {
                return;
            }

            pathEnd += query;
        }

        bool messageLink = HostIs(host, "wa.me") || HostIs(host, "api.whatsapp.com") || HostIs(host, "web.whatsapp.com") || HostIs(host, "t.me")
            || HostIs(host, "telegram.me");
        ScanQuery(text, pathEnd, end, IsPersonalPath(text[start..pathEnd]), messageLink, ref found);
    }

    // Path words after which the next level is what was searched for ("/search/<terms>", "/maps/search/<terms>", "/suche/<terms>").
    private static readonly WordSet s_searchPathWords = WordSet.Of(
        ["search", "suche", "recherche", "buscar", "busca", "busqueda", "búsqueda", "zoeken", "cerca", "ricerca", "szukaj", "pesquisa",
         "sok", "sök", "haku", "hledat", "hledani", "keresés", "arama"]);

    // Levels after a search word that are the site's own pages, not a search ("/search/advanced", "/search/results").
    private static readonly WordSet s_searchPages = WordSet.Of(
        ["advanced", "results", "result", "all", "top", "latest", "people", "users", "user", "posts", "photos", "videos", "images", "news",
         "index", "help", "tips", "howsearchworks", "mall", "ui", "live", "apps", "jobs", "places", "groups", "pages", "events", "hashtags",
         "tags", "code", "repositories", "issues", "settings", "history", "saved", "recent", "suggest", "autocomplete", "api", "v1", "v2",
         "web", "page", "new", "global", "site", "content", "products", "shopping", "maps", "keyword", "query", "s", "q"]);

    /// <summary>
    /// "/search/jane+doe", "/maps/search/pizza+near+me/@52.5,13.4,15z", "/suche/damen+winterstiefel": the level after a
    /// search word is the search when it reads as typed text (words joined by "+" or encoded spaces, encoded letters of
    /// another script, or one word that is not a common one), not a page of the site, a number or a file.
    /// </summary>
    private static void FindPathSearch(ReadOnlySpan<char> text, ReadOnlySpan<char> host, scoped ReadOnlySpan<int> segments, ref Findings found)
    {
        int count = segments.Length / 2;
        for (int s = 1; s < count; s++)
        {
            int segStart = segments[s * 2];
            int segEnd = segments[(s * 2) + 1];
            ReadOnlySpan<char> seg = text[segStart..segEnd];
            if (seg.IsEmpty || !IsOneOf(Segment(text, segments, s - 1), s_searchPathWords) || IsOneOf(seg, s_searchPages) || seg[0] is '@' or '_'
                || seg.IndexOfAnyExceptInRange('0', '9') < 0 || IsFileName(seg) || seg.Contains('='))
            {
                continue;
            }

            // Typed words outrank the look of a token that their digits and escapes give them ("Calle+de+Alcal%C3%A1+45").
            bool spaced = seg.Contains('+') || seg.Contains("%20", StringComparison.Ordinal);
            if (!spaced && found.OverlapsKind(segStart, segEnd, PiiKind.Secret))
            {
                continue;
            }

            bool typed = spaced || (seg.Contains('%') && !seg.Contains("%2F", StringComparison.OrdinalIgnoreCase));
            bool word = seg.Length >= 4 && seg.IndexOfAnyExcept(s_letters) < 0 && !Lexicon.IsCommonWord(seg);
            if (typed || word)
            {
                found.Add(segStart, segEnd - segStart, PiiKind.UrlQuery, 9);
            }
        }
    }

    // Path levels and parameters whose random-looking value names a published thing: a Spotify track, a YouTube
    // playlist, a blockchain transaction, an IPFS object. Anyone can open them; they are no one's secret.
    private static readonly WordSet s_publicMediaWords = WordSet.Of(
        ["track", "tracks", "album", "albums", "artist", "artists", "playlist", "playlists", "episode", "episodes", "show", "shows", "audiobook",
         "list", "v", "video", "videos", "shorts", "embed", "live", "clip", "clips", "tx", "txs", "block", "ipfs", "ipns", "nft",
         "asset", "assets", "collection", "song", "songs", "podcast", "movie", "title"]);

    private static bool IsPublicMediaId(ReadOnlySpan<char> previous, ReadOnlySpan<char> segment) =>
        IsOneOf(previous, s_publicMediaWords) || segment.StartsWith("0x", StringComparison.Ordinal) && IsHex(segment[2..]);

    // Path words that make a bare "id" parameter a person's ("/profile.php?id=…", "/members?id=…").
    private static readonly WordSet s_personalPathWords = WordSet.Of(
        ["user", "users", "profile", "profiles", "profile.php", "member", "members", "people", "person", "persons", "account", "accounts",
         "customer", "customers", "patient", "patients", "employee", "employees", "contact", "contacts", "client", "clients", "student",
         "students", "staff", "candidate", "candidates", "applicant", "applicants", "admin", "crm", "hr", "directory", "u", "userinfo", "me",
         "order", "orders", "invoice", "invoices", "booking", "bookings", "reservation", "reservations", "cart", "checkout", "billing",
         "payment", "payments", "ticket", "tickets", "message", "messages", "inbox", "mail", "chat", "conversation", "conversations",
         "my", "myaccount", "settings", "subscription", "subscriptions", "claims", "claim", "case", "cases", "records", "record",
         // The same records in other languages: employee, customer, user, member, patient, profile.
         "empleado", "empleados", "mitarbeiter", "pracownik", "pracownicy", "dipendente", "dipendenti", "employe", "employé", "salarie",
         "salarié", "funcionario", "funcionarios", "colaborador", "colaboradores", "medewerker", "personal", "personale", "personeel",
         "kunde", "kunden", "cliente", "clientes", "klient", "klienci", "klant", "usuario", "usuarios", "utilisateur", "utilisateurs",
         "benutzer", "nutzer", "utente", "utenti", "uzytkownik", "gebruiker", "socio", "socios", "mitglied", "mitglieder", "membre",
         "membres", "lid", "leden", "paciente", "pacientes", "paziente", "pacjent", "perfil", "profil", "profilo", "ficha", "fiche",
         "akte", "expediente", "dossier", "kartoteka", "personnel", "worker", "workers", "personalakte"]);

    private static bool IsPersonalPath(ReadOnlySpan<char> url)
    {
        int scheme = url.IndexOf("//", StringComparison.Ordinal);
        ReadOnlySpan<char> rest = scheme >= 0 ? url[(scheme + 2)..] : url;
        int slash = rest.IndexOf('/');
        if (slash < 0)
        {
            return false;
        }

        foreach (Range r in rest[(slash + 1)..].Split('/'))
        {
            ReadOnlySpan<char> segment = rest[(slash + 1)..][r];
            if (IsOneOf(segment, s_personalPathWords) || IsOneOf(segment.TrimEnd(".php").TrimEnd(".aspx"), s_personalPathWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The host without port, "www." or "m.", as written (compare case-insensitively).</summary>
    private static ReadOnlySpan<char> HostName(ReadOnlySpan<char> host)
    {
        int colon = host.IndexOf(':');
        if (colon >= 0)
        {
            host = host[..colon];
        }

        if (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[4..];
        }
        else if (host.StartsWith("m.", StringComparison.OrdinalIgnoreCase) || host.StartsWith("mobile.", StringComparison.OrdinalIgnoreCase))
        {
            host = host[(host.IndexOf('.') + 1)..];
        }

        return host;
    }

    private static bool HostIs(ReadOnlySpan<char> host, string name) =>
        host.Equals(name, StringComparison.OrdinalIgnoreCase)
        || (host.Length > name.Length && host[^(name.Length + 1)] == '.' && host.EndsWith(name, StringComparison.OrdinalIgnoreCase));

    private static bool HostIsOneOf(ReadOnlySpan<char> host, ReadOnlySpan<string> names)
    {
        foreach (string name in names)
        {
            if (HostIs(host, name))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> Segment(ReadOnlySpan<char> text, ReadOnlySpan<int> segments, int index) =>
        index * 2 < segments.Length ? text[segments[index * 2]..segments[(index * 2) + 1]] : [];

    private static bool NamesPersonOrInvitation(ReadOnlySpan<char> text, ReadOnlySpan<char> host, ReadOnlySpan<int> segments)
    {
        ReadOnlySpan<char> first = Segment(text, segments, 0);
        ReadOnlySpan<char> second = Segment(text, segments, 1);
        if (HostIsOneOf(host, s_inviteHosts) && !first.IsEmpty)
        {
            return true;
        }

        if ((HostIs(host, "discord.com") || HostIs(host, "discordapp.com")) && first.Equals("invite", StringComparison.OrdinalIgnoreCase) && !second.IsEmpty)
        {
            return true;
        }

        if (HostIs(host, "zoom.us") && (first is "j" or "my" or "s") && !second.IsEmpty)
        {
            return true;
        }

        // "t.me/+<digits>" opens a chat with a phone number (the number is the finding); "t.me/+<letters>" is a group invitation.
        if ((HostIs(host, "t.me") || HostIs(host, "telegram.me")) && ((first.StartsWith("+") && !IsPhoneDigits(first))
            || first.Equals("joinchat", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (HostIs(host, "meet.google.com") && first.Length >= 10 && first.Count('-') == 2)
        {
            return true;
        }

        if ((HostIs(host, "teams.microsoft.com") || HostIs(host, "teams.live.com")) && (first.Equals("l", StringComparison.OrdinalIgnoreCase) || first.Equals("meet", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (HostIsOneOf(host, s_personSubdomainHosts) && host.Count('.') >= 2 && !host.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // A code host's first segment alone is a user's or an organisation's profile.
        // Only on the site itself: an API ("api.github.com/user"), a registry ("registry.gitlab.com/web:1.2") or pages
        // subdomain serves endpoints and images there, and an image reference carries its tag after a colon.
        if (HostIsOneOf(host, s_codeHosts) && !first.IsEmpty && second.IsEmpty && segments.Length == 2 && !IsOneOf(first, s_codeHostReserved)
            && !IsOneOf(first, PublicOwners) && IsOneOf(host, s_codeHostNames) && !first.Contains(':'))
        {
            return true;
        }

        // A Webex personal room ("acme.webex.com/meet/jdoe"), a XING profile, an Outlook booking page.
        if (host.EndsWith(".webex.com", StringComparison.OrdinalIgnoreCase) && first.Equals("meet", StringComparison.OrdinalIgnoreCase) && !second.IsEmpty)
        {
            return true;
        }

        if (HostIs(host, "xing.com") && first.Equals("profile", StringComparison.OrdinalIgnoreCase) && !second.IsEmpty)
        {
            return true;
        }

        if (first.Equals("bookwithme", StringComparison.OrdinalIgnoreCase) && !second.IsEmpty)
        {
            return true;
        }

        if (HostIs(host, "linkedin.com"))
        {
            return (first.Equals("in", StringComparison.OrdinalIgnoreCase) || first.Equals("pub", StringComparison.OrdinalIgnoreCase)) && !second.IsEmpty;
        }

        if (HostIs(host, "reddit.com"))
        {
            return (first.Equals("user", StringComparison.OrdinalIgnoreCase) || first.Equals("u", StringComparison.OrdinalIgnoreCase)) && !second.IsEmpty;
        }

        if (HostIs(host, "bsky.app"))
        {
            return first.Equals("profile", StringComparison.OrdinalIgnoreCase) && !second.IsEmpty;
        }

        if (HostIs(host, "youtube.com"))
        {
            return first.StartsWith("@") || ((first.Equals("c", StringComparison.OrdinalIgnoreCase) || first.Equals("user", StringComparison.OrdinalIgnoreCase)) && !second.IsEmpty);
        }

        if (HostIsOneOf(host, s_profileHosts))
        {
            // Dots are part of many user names ("jane.smith.5", "lena.travels"); a file the site serves ends in an extension.
            // "t.me/+<digits>" and "wa.me/<digits>" open a chat with a phone number: the number is the finding, read with the path.
            return first.Length >= 2 && !IsOneOf(first, s_reservedFirstSegments) && !first.StartsWith("_") && !first.Contains('=')
                && !IsFileName(first) && !(first[0] == '+' && IsPhoneDigits(first));
        }

        // Any site: "/@jane", "/~jane", or a slug that starts with a first name after a people word.
        for (int s = 0; s * 2 < segments.Length; s++)
        {
            ReadOnlySpan<char> seg = Segment(text, segments, s);
            // An article under an author or a publication ("/@team/scaling-kafka-1f48f8d3d2f9") is a public page.
            if (seg.Length >= 3 && seg[0] is '@' or '~' && char.IsAsciiLetter(seg[1]) && !IsArticleSlug(Segment(text, segments, s + 1)))
            {
                return true;
            }

            // "/users/jane-doe", "/users/123/jane-doe" (a numeric id between), "/u/jdoe42".
            bool afterPeople = (s > 0 && IsOneOf(Segment(text, segments, s - 1), s_personPathWords))
                || (s > 1 && IsOneOf(Segment(text, segments, s - 2), s_personPathWords) && Segment(text, segments, s - 1).IndexOfAnyExceptInRange('0', '9') < 0);
            // An address in the path ("mail/u/ana@example.com/") is an e-mail, found as such, not a profile slug.
            if (afterPeople && !seg.Contains('@') && (IsPersonSlug(seg) || HandleDetector.IsUserName(seg) && seg.IndexOfAny("0123456789_.") >= 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"scaling-kafka-1f48f8d3d2f9": words joined by hyphens and ending in a hex id, the way blogs name a post.</summary>
    private static bool IsArticleSlug(ReadOnlySpan<char> segment)
    {
        int dash = segment.LastIndexOf('-');
        return dash > 0 && segment[..dash].Contains('-') && segment.Length - dash - 1 is >= 6 and <= 16 && IsHex(segment[(dash + 1)..]);
    }

    private static readonly WordSet s_servedExtensions = WordSet.Of(
        ["txt", "xml", "json", "php", "html", "htm", "js", "css", "ico", "png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "aspx", "asp", "jsp", "map", "webmanifest"]);

    /// <summary>"robots.txt", "favicon.ico", "sitemap.xml": a file a site serves, not a user name.</summary>
    private static bool IsFileName(ReadOnlySpan<char> segment)
    {
        int dot = segment.LastIndexOf('.');
        return dot >= 0 && s_servedExtensions.Contains(segment[(dot + 1)..]);
    }

    /// <summary>"Brand_Guidelines_v4.pdf": a file named in words (each part letters, or a short tag like "v4"), not a token.</summary>
    private static bool IsNamedFile(ReadOnlySpan<char> segment)
    {
        int dot = segment.LastIndexOf('.');
        if (dot <= 0 || segment.Length - dot - 1 is < 2 or > 5 || segment[(dot + 1)..].IndexOfAnyExcept(s_lowerLetters) >= 0)
        {
            return false;
        }

        int words = 0;
        foreach (Range r in segment[..dot].SplitAny("_- ."))
        {
            ReadOnlySpan<char> part = segment[..dot][r];
            bool word = part.Length >= 3 && part.IndexOfAnyExcept(s_letters) < 0;
            if (!word && part.Length > 4)
            {
                return false;
            }

            words += word ? 1 : 0;
        }

        return words >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> s_lowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
    private static readonly System.Buffers.SearchValues<char> s_letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>"jane-doe", "jane.doe", "jane_doe", "janedoe42": a first name and more, not a common word.</summary>
    internal static bool IsPersonSlug(ReadOnlySpan<char> slug)
    {
        int sep = slug.IndexOfAny("-._");
        ReadOnlySpan<char> first = sep > 0 ? slug[..sep] : slug;
        if (sep < 0)
        {
            // One word: a first name glued to more letters or digits ("janedoe", "jane42").
            for (int cut = Math.Min(slug.Length - 1, 12); cut >= 3; cut--)
            {
                if (Lexicon.IsClearFirstName(slug[..cut]) && !Lexicon.IsCommonWord(slug))
                {
                    return true;
                }
            }

            return false;
        }

        return Lexicon.IsFirstName(first, out _) && slug.Length > sep + 1 && char.IsAsciiLetter(slug[sep + 1]);
    }

    /// <summary>
    /// Which path segment a code host's URL names its repository's owner in: 0 on the site itself ("github.com/owner/repo",
    /// "www.github.com/…"); after "repos" or "repositories" on its API ("api.github.com/repos/owner/repo",
    /// "api.bitbucket.org/2.0/repositories/owner/repo"); -1 for the API's other endpoints ("api.github.com/user/repos"),
    /// gists, and the host's other subdomains (docs, status, a registry, uploads), whose paths are not repositories.
    /// </summary>
    private static int RepositoryPathStart(ReadOnlySpan<char> text, ReadOnlySpan<char> host, scoped ReadOnlySpan<int> segments)
    {
        if (IsOneOf(host, s_codeHostNames) || (host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && IsOneOf(host[4..], s_codeHostNames)))
        {
            return 0;
        }

        if (!host.StartsWith("api.", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        int count = segments.Length / 2;
        for (int s = 0; s < Math.Min(count, 3); s++)
        {
            ReadOnlySpan<char> segment = Segment(text, segments, s);
            if (segment.Equals("repos", StringComparison.OrdinalIgnoreCase) || segment.Equals("repositories", StringComparison.OrdinalIgnoreCase))
            {
                return s + 1;
            }
        }

        return -1;
    }

    private static void ScanPath(ReadOnlySpan<char> text, ReadOnlySpan<char> host, scoped ReadOnlySpan<int> segments, ref Findings found)
    {
        int count = segments.Length / 2;
        bool codeHost = HostIsOneOf(host, s_codeHosts);
        int o = codeHost ? RepositoryPathStart(text, host, segments) : -1;
        if (o >= 0 && count >= o + 2)
        {
            ReadOnlySpan<char> owner = Segment(text, segments, o);
            ReadOnlySpan<char> repo = Segment(text, segments, o + 1);
            if (owner.Length > 0 && repo.Length > 0 && (o > 0 || !IsOneOf(owner, s_codeHostReserved)) && !IsOneOf(owner, PublicOwners) && !repo.StartsWith("-"))
            {
                // GitLab nests groups ("group/subgroup/project") and starts its pages after "/-/".
                int last = o + 1;
                if (HostIs(host, "gitlab.com"))
                {
                    while (last + 1 < count && last < o + 4 && !Segment(text, segments, last + 1).SequenceEqual("-")
                        && !IsOneOf(Segment(text, segments, last + 1), s_repoPages))
                    {
                        last++;
                    }
                }

                // A clone URL names the repository with ".git"; the repository is the name without it.
                int repoEnd = segments[(last * 2) + 1];
                if (repoEnd - segments[last * 2] > 4 && text[(repoEnd - 4)..repoEnd].Equals(".git", StringComparison.OrdinalIgnoreCase))
                {
                    repoEnd -= 4;
                }

                found.Add(segments[o * 2], repoEnd - segments[o * 2], PiiKind.Repo, 5);
            }
        }

        bool shareHost = HostIsOneOf(host, s_shareHosts);
        bool phoneHost = HostIs(host, "wa.me") || HostIs(host, "t.me");
        for (int s = 0; s < count; s++)
        {
            int segStart = segments[s * 2];
            int segEnd = segments[(s * 2) + 1];
            ReadOnlySpan<char> seg = text[segStart..segEnd];
            if (seg.IsEmpty)
            {
                continue;
            }

            ReadOnlySpan<char> previous = s > 0 ? Segment(text, segments, s - 1) : [];
            ReadOnlySpan<char> beforePrevious = s > 1 ? Segment(text, segments, s - 2) : [];
            // "/reset/<id>", and one level deeper when the level between is a plain word ("/webhooks/incoming/<uuid>").
            bool afterCapability = !codeHost && (IsOneOf(previous, s_capabilityWords)
                || (IsOneOf(beforePrevious, s_capabilityWords) && previous.Length <= 12 && !IsOpaqueId(previous)));

            // A webhook's numeric id and its key ("/api/webhooks/<id>/<key>", "/hooks/catch/<account>/<key>/"): the pair
            // is the capability, as Slack's team, bot and key are, and one finding; the id alone is no one's secret.
            if (afterCapability && segEnd - segStart is >= 5 and <= 20 && seg.IndexOfAnyExceptInRange('0', '9') < 0 && IsHookWord(previous, beforePrevious))
            {
                ReadOnlySpan<char> key = s + 1 < count ? Segment(text, segments, s + 1) : [];
                if (!key.IsEmpty && (IsOpaqueId(key) || IsTokenLike(key)))
                {
                    found.Add(segStart, segments[((s + 1) * 2) + 1] - segStart, PiiKind.Secret, 6);
                    s++;
                }

                continue;
            }

            // A payment or SaaS platform's object id in a dashboard path ("/customers/cus_…", "/payments/pi_…") names a
            // record, not a credential: a customer's or account's id is that person's, the others a transaction's.
            // "management.azure.com/subscriptions/<uuid>/…": the subscription or tenant is the customer's cloud account.
            if (IsUuid(seg) && (previous.Equals("subscriptions", StringComparison.OrdinalIgnoreCase) || previous.Equals("tenants", StringComparison.OrdinalIgnoreCase)))
            {
                found.Add(segStart, seg.Length, PiiKind.Id, 6);
                continue;
            }

            // "dash.cloudflare.com/<account>/…": the first level is the customer's account id.
            if (s == 0 && seg.Length == 32 && IsHex(seg) && HostIs(host, "dash.cloudflare.com"))
            {
                found.Add(segStart, seg.Length, PiiKind.Id, 6);
                continue;
            }

            if (IdDetector.IsObjectId(seg, out bool personal))
            {
                if (personal)
                {
                    found.Add(segStart, seg.Length, PiiKind.Id, 6);
                }

                continue;
            }

            // An Office incoming webhook: everything after "/webhookb2/" (tenant, connector, key) is the capability; a
            // Slack one, everything after "/services/" (team, bot, key).
            if ((seg.Equals("webhookb2", StringComparison.OrdinalIgnoreCase) || (s == 0 && HostIs(host, "hooks.slack.com") && seg is "services" && count >= 3))
                && s + 1 < count)
            {
                found.Add(segments[(s + 1) * 2], segments[((count - 1) * 2) + 1] - segments[(s + 1) * 2], PiiKind.Secret, 6);
                return;
            }

            if (phoneHost && s == 0 && IsPhoneDigits(seg))
            {
                found.Add(segStart, seg.Length, PiiKind.Phone, 6);
            }
            else if (seg.StartsWith("bot", StringComparison.OrdinalIgnoreCase) && seg.Contains(':') && seg.Length > 30)
            {
                found.Add(segStart, seg.Length, PiiKind.Secret, 6);
            }
            else if (IsTokenLike(seg) && !IsPublicHexId(seg, previous) && !IsPublicMediaId(previous, seg) && !IsNamedFile(seg))
            {
                found.Add(segStart, seg.Length, PiiKind.Secret, 6);
            }
            else if ((afterCapability || (shareHost && (s == 0 || previous.Length == 1))) && IsOpaqueId(seg))
            {
                found.Add(segStart, seg.Length, PiiKind.Secret, 6);
            }
        }
    }

    private static readonly WordSet s_hookWords = WordSet.Of(["webhook", "webhooks", "hooks", "hook"]);

    /// <summary>The level before, or the one before it, is a webhook word ("webhooks/…", "hooks/catch/…").</summary>
    private static bool IsHookWord(ReadOnlySpan<char> previous, ReadOnlySpan<char> beforePrevious) =>
        IsOneOf(previous, s_hookWords) || IsOneOf(beforePrevious, s_hookWords);

    /// <summary>A query value that decodes ("%2B" to "+", "+" and "%20" to spaces) to an international phone number.</summary>
    private static bool IsEncodedInternationalPhone(ReadOnlySpan<char> value)
    {
        if (value.Length is < 10 or > 64 || !value.StartsWith("%2B", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        Span<char> decoded = stackalloc char[64];
        int n = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '%' && i + 2 < value.Length)
            {
                ReadOnlySpan<char> code = value.Slice(i + 1, 2);
                c = code.Equals("2B", StringComparison.OrdinalIgnoreCase) ? '+' : code is "20" ? ' ' : code.Equals("2D", StringComparison.OrdinalIgnoreCase) ? '-'
                    : code is "28" ? '(' : code is "29" ? ')' : '\0';
                if (c == '\0')
                {
                    return false;
                }

                i += 2;
            }
            else if (c == '+')
            {
                c = ' ';
            }
            else if (!char.IsAsciiDigit(c) && c is not ('-' or '.' or '(' or ')'))
            {
                return false;
            }

            decoded[n++] = c;
        }

        return PhoneDetector.IsWholeInternationalPhone(decoded[..n]);
    }

    private static bool IsPhoneDigits(ReadOnlySpan<char> seg)
    {
        ReadOnlySpan<char> digits = seg.TrimStart('+');
        return digits.Length is >= 7 and <= 15 && digits.IndexOfAnyExceptInRange('0', '9') < 0;
    }

    /// <summary>
    /// After a capability word: a UUID, or an id of at least 6 characters that is not a word ("reset/expired" stays,
    /// "verify/token-abc-xyz" and "invite/Zx8Kq2" do not).
    /// </summary>
    private static bool IsOpaqueId(ReadOnlySpan<char> seg)
    {
        if (IsUuid(seg))
        {
            return true;
        }

        if (seg.Length < 6 || seg.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!") >= 0)
        {
            return false;
        }

        bool digit = seg.IndexOfAnyInRange('0', '9') >= 0;
        bool mixedCase = seg.IndexOfAnyInRange('A', 'Z') >= 0 && seg.IndexOfAnyInRange('a', 'z') >= 0;
        bool joined = seg.IndexOfAny('-', '_') > 0;
        return digit || mixedCase || (joined && !IsWordsSlug(seg)) || (!Lexicon.IsCommonWord(seg) && seg.Length >= 10);
    }

    /// <summary>A slug of common words ("expired-link", "thank-you").</summary>
    private static bool IsWordsSlug(ReadOnlySpan<char> seg)
    {
        foreach (Range r in seg.SplitAny("-_"))
        {
            if (!Lexicon.IsCommonWord(seg[r]))
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsUuid(ReadOnlySpan<char> value) =>
        value.Length == 36 && value[8] == '-' && value[13] == '-' && value[18] == '-' && value[23] == '-'
        && value.IndexOfAnyExcept("0123456789abcdefABCDEF-") < 0;

    /// <summary>
    /// Commit SHAs, content digests and slugs that end in a hex id ("release-notes-3f2a9c1b") are public ids, not
    /// secrets, unless a capability word precedes them.
    /// </summary>
    private static bool IsPublicHexId(ReadOnlySpan<char> seg, ReadOnlySpan<char> previous)
    {
        if (IsOneOf(previous, s_capabilityWords))
        {
            return false;
        }

        ReadOnlySpan<char> value = seg;
        int colon = value.IndexOf(':');
        if (colon > 0 && value[..colon].StartsWith("sha", StringComparison.OrdinalIgnoreCase))
        {
            value = value[(colon + 1)..];
        }
        else if (value.StartsWith("sha", StringComparison.OrdinalIgnoreCase) && value.IndexOf('-') is > 3 and < 8)
        {
            // Docker Hub writes an image digest with a dash in its layer URLs ("/images/sha256-<hex>").
            value = value[(value.IndexOf('-') + 1)..];
        }

        if (IsHex(value) && value.Length is >= 7 and <= 128)
        {
            return true;
        }

        // A slug or an asset name: words, and hex ids between or after them ("release-notes-3f2a9c1b",
        // "vendors~main.8d5e3f2a1b9c7d6e.chunk.js"). Anything else with digits and letters mixed is not public.
        bool hexPart = false;
        bool wordPart = false;
        foreach (Range r in seg.SplitAny("-_.~"))
        {
            ReadOnlySpan<char> part = seg[r];
            if (part.IsEmpty)
            {
                continue;
            }

            if (part.IndexOfAnyInRange('0', '9') < 0)
            {
                wordPart = true;
            }
            else if (IsHex(part) && part.Length >= 6)
            {
                hexPart = true;
            }
            else if (part.IndexOfAnyExceptInRange('0', '9') >= 0)
            {
                return false;
            }
        }

        return hexPart && wordPart;
    }

    private static bool IsHex(ReadOnlySpan<char> value) =>
        value.Length > 0 && (value.IndexOfAnyExcept("0123456789abcdef") < 0 || value.IndexOfAnyExcept("0123456789ABCDEF") < 0);

    private static void ScanQuery(ReadOnlySpan<char> text, int i, int end, bool personalPath, bool messageLink, ref Findings found)
    {
        // Query and fragment parameters: every value goes; token-like or secret-named ones as secrets.
        while (i < end && text[i] is '?' or '#' or '&')
        {
            int name = ++i;
            while (i < end && text[i] is not ('=' or '&' or '#'))
            {
                i++;
            }

            if (i >= end || text[i] != '=')
            {
                continue;
            }

            int nameEnd = i;
            int value = ++i;
            while (i < end && text[i] is not ('&' or '#'))
            {
                i++;
            }

            if (i > value)
            {
                ReadOnlySpan<char> n = text[name..nameEnd];
                ReadOnlySpan<char> v = text[value..i];
                if (IsOneOf(n, s_phoneNames) && IsPhoneDigits(v.StartsWith("%2B", StringComparison.OrdinalIgnoreCase) ? v[3..] : v))
                {
                    found.Add(value, i - value, PiiKind.Phone, 6);
                    continue;
                }

                if (IsEncodedInternationalPhone(v))
                {
                    // "?q=%2B49+151+23456789": a search for a phone number is the phone number.
                    found.Add(value, i - value, PiiKind.Phone, 6);
                    continue;
                }

                // A share link's "text=" is the message it fills in ("wa.me/<number>?text=Hi"), not a search or a person.
                if (messageLink && n.Equals("text", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                // A site's own state and click ids look random too ("ei=", "cvid=", "after=<cursor>"); they are not the visitor's secrets.
                // OAuth's "state" is a nonce, a tracker's "state=open" a filter: only a random-looking value is the nonce.
                // A search or a person's record id is personal content whatever it looks like ("customer_id=5f2c…").
                // "state=xyz", "code_challenge=…", "client_id=web": an OAuth flow's markers and the app's public id, and a
                // tracker's "state=open" filter; none is the visitor's content, and none lets anyone in. A random-looking
                // state or nonce is the flow's anti-forgery secret.
                // "p=chapter+7+bankruptcy" (Yahoo's search box): typed words, not a page number.
                if (n is "p" && (v.Contains('+') || v.Contains('%')) && v.IndexOfAny(s_letters) >= 0)
                {
                    found.Add(value, i - value, PiiKind.UrlQuery, 1);
                    continue;
                }

                bool shortMarker = (n.Equals("state", StringComparison.OrdinalIgnoreCase) || n.Equals("nonce", StringComparison.OrdinalIgnoreCase))
                    && !IsTokenLike(v) && v.Length < 16;
                if (shortMarker || IsOneOf(n, s_flowNames))
                {
                    continue;
                }

                // "filter=name:%22Rosa%20Delgado%22": a filter on a quoted name or an address is a search for the person.
                if ((n.Equals("filter", StringComparison.OrdinalIgnoreCase) || n.Equals("filters", StringComparison.OrdinalIgnoreCase))
                    && (v.Contains("%22", StringComparison.Ordinal) || v.Contains("%40", StringComparison.Ordinal) || v.Contains('@')))
                {
                    found.Add(value, i - value, PiiKind.UrlQuery, 9);
                    continue;
                }

                bool secret = IsOneOf(n, s_secretNames)
                    || (IsTokenLike(v) && !IsOneOf(n, s_stateNames) && !IsOneOf(n, s_publicMediaWords) && !n.StartsWith("var-", StringComparison.OrdinalIgnoreCase)
                        && !IsPersonalName(n));
                if (!secret && (IsInterfaceState(n, v) || (!personalPath && IsPublicContentId(n, v)) || IsPlaceOnly(n, v) || IsVersionValue(v)))
                {
                    continue;
                }

                // "from=2026-12-01&to=2026-12-31": a date range, not a sender; "p=2" a page, "p=chapter+7+…" (Yahoo) a search.
                if ((n.Equals("from", StringComparison.OrdinalIgnoreCase) || n.Equals("to", StringComparison.OrdinalIgnoreCase)) && IsDateValue(v))
                {
                    continue;
                }

                // A parameter no list names, with one code-like token ("where=nexearch", "fr=yfp-t", "geoId=103035651",
                // "ll=37.62%2C55.75", "sortOrder=desc"): the site's own state. Typed text, an address, a person's name or
                // a parameter named for a person or a record stays personal.
                if (!secret && IsSiteCode(n, v, personalPath))
                {
                    continue;
                }

                // "q=jane.doe%40example.com": what was searched for is the search, encoded address and all (an address
                // written with "@" in an e-mail parameter stays an e-mail).
                bool encodedSearch = !secret && IsOneOf(n, s_searchNames) && v.Contains("%40", StringComparison.OrdinalIgnoreCase);
                found.Add(value, i - value, secret ? PiiKind.Secret : PiiKind.UrlQuery, secret ? 6 : encodedSearch ? 9 : 1);
            }
        }
    }

    // Parts of a parameter's name that make its value a person's or a search's ("searchText", "customerName", "patient_mrn").
    private static readonly string[] s_personalNameParts =
        ["search", "query", "term", "keyword", "name", "user", "mail", "login", "customer", "account", "member", "patient", "employee",
         "client", "contact", "person", "people", "student", "phone", "owner", "author", "assignee", "reporter", "requester", "sender",
         "recipient", "subscriber", "profile", "handle", "nick", "who", "ssn", "mrn", "passport", "licen", "policy", "tax", "address",
         "street", "addr", "text", "find", "lookup", "staff", "buyer", "seller", "guest", "tenant", "applicant", "candidate", "cust", "acct"];

    /// <summary>
    /// A value that is the site's code, not the visitor's content: one ASCII token (no "+", space, "@", comma or escape),
    /// a number or a code word that is not a name, under a parameter that no list names and whose name
    /// has no person's or search's word in it. A number under a person's path ("/users?ref_no=…") is a record's and stays.
    /// </summary>
    private static bool IsSiteCode(ReadOnlySpan<char> name, ReadOnlySpan<char> value, bool personalPath)
    {
        if (value.Length > 24 || IsOneOf(name, s_personalNames) || IsOneOf(name, s_searchNames) || IsPersonalName(name) || IdDetector.IsPersonLabel(name))
        {
            return false;
        }

        foreach (string part in s_personalNameParts)
        {
            if (name.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        int cut = name.LastIndexOfAny('_', '-');
        if (cut > 0 && IdDetector.IsPersonLabel(name[..cut]))
        {
            return false;
        }

        if (value.IndexOfAnyExceptInRange('0', '9') < 0)
        {
            // A number: a region, a time stamp, a price. Not under a person's path, where it is a record's. Coordinates
            // ("ll=52.52,13.40") are where someone looked and stay a finding.
            return !personalPath;
        }

        // Coordinates and other numbers with separators ("47.6~-122.3") say where someone looked: not the site's code.
        if (value.IndexOfAnyExcept(s_codeChars) >= 0 || value.IndexOfAny(s_letters) < 0)
        {
            return false;
        }

        // A capitalised word that is a person's given or family name stays ("assignedTo=Ruiz"); a lower-case word under
        // such a parameter is the site's vocabulary ("brand=sony", "office=lagos", "os=linux").
        return !char.IsAsciiLetterUpper(value[0]) || (!Lexicon.IsFirstName(value, out _) && !Lexicon.IsFamilyName(value, out _));
    }

    private static readonly SearchValues<char> s_codeChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~:");

    // Parameters that carry the page's state or a campaign, never the visitor: "page=2", "sort=new", "utm_source=google".
    private static readonly WordSet s_stateNames = WordSet.Of(
        ["page", "p", "pg", "sort", "sortby", "sort_by", "order", "orderby", "order_by", "dir", "direction", "tab", "view", "lang", "language",
         "hl", "gl", "locale", "form", "dl", "raw", "since", "limit", "offset", "per_page", "perpage", "pagesize", "page_size", "size",
         "format", "fmt", "theme", "mode", "z", "zoom", "source", "medium", "campaign", "ref_src", "output", "ie", "oe", "token_type",
         "response_type", "grant_type", "expires_in", "display", "prompt", "layout", "style", "scope", "response_mode", "code_challenge_method",
         "access_type", "include_granted_scopes", "approval_prompt",
         "version", "ver", "debug", "embed", "autoplay", "rel", "color", "colour", "units", "fbclid_type", "hl_lang", "ref_type", "nav",
         // Search engines' and shops' own telemetry and click ids: they say which session of the site, not what was searched.
         "ei", "ved", "sca_esv", "sca_upv", "sxsrf", "gs_lcrp", "gs_lp", "gs_ssp", "aqs", "sourceid", "client", "rlz", "bih", "biw", "dpr",
         "uact", "sclient", "iflsig", "cvid", "sp", "sc", "qs", "sk", "ghc", "crid", "sprefix", "ref", "ref_", "qid", "sr", "th", "psc",
         "pp", "si", "feature", "fbclid", "gclid", "gclsrc", "msclkid", "dclid", "wbraid", "gbraid", "mc_cid", "mc_eid", "igshid", "igsh",
         "_hsenc", "_hsmi", "spm", "scm", "trk", "trkinfo", "lipi", "rcm", "src", "tag", "linkcode", "camp", "creative", "t", "start",
         "num", "tbm", "tbs", "safe", "nfpr", "sa", "usp", "authuser", "gid", "rtpof", "sd", "pli", "ust", "usg", "ab_channel", "pd_rd_r",
         "pd_rd_w", "pd_rd_wg", "pf_rd_p", "pf_rd_r", "content-id", "_encoding", "cursor", "after", "before", "next", "prev",
         "continuation", "page_token", "pagetoken", "next_page_token", "marker", "start_after", "filter", "filters", "status", "state_filter",
         "category", "cat", "type", "kind", "range", "period", "from_date", "to_date", "date", "year", "month", "week", "currency", "region",
         "country", "tz", "timezone", "width", "height", "w", "h", "quality", "dark", "light", "expand", "collapsed", "open", "show",
         "hide", "preview", "print", "fullscreen", "share", "shared", "action", "step", "section", "anchor", "scroll", "highlight",
         // Which item of a list, which language pair; where a login goes back to; a booking search's dates and party size.
         "index", "go", "sl", "tl", "op", "ia", "iax", "node-id", "redirect_uri", "redirect", "redirect_url", "return",
         "return_to", "returnurl", "return_url", "goto", "continue", "checkin", "checkout", "check_in", "check_out", "adults", "children",
         "rooms", "group_adults", "group_children", "no_rooms", "nights", "guests", "variant", "prerel", "orgid", "env", "ctx",
         // A browser's search partner code ("client=firefox-b-d&channel=entpr").
         "channel"]);

    // Parameters that name a public thing the site shows (a video, a product, an article, a line of code); with a value
    // that is not a word, a name or an address, they say what was viewed, not who viewed it.
    private static readonly WordSet s_publicContentNames = WordSet.Of(
        ["v", "id", "list", "playlist", "video", "vid", "track", "album", "artist", "episode", "item", "itemid", "item_id", "product",
         "productid", "product_id", "pid", "sku", "asin", "article", "articleid", "article_id", "post", "postid", "post_id", "story",
         "storyid", "topic", "thread", "lesson", "course", "chapter", "doc", "docid", "issue", "pr", "commit", "release", "build", "job",
         "run", "pipeline", "project", "projectid", "repo", "branch", "file", "path", "line", "l", "lines", "cid", "listing", "listingid",
         "hotel_id", "dest_id", "dest_type", "app", "appid", "package", "pkg", "ticker", "symbol", "story_fbid", "fbid", "paper", "arxiv",
         "isbn", "doi", "pmid", "movie", "title", "show", "series", "season", "game"]);

    /// <summary>"v=dQw4w9WgXcQ", "id=38912345", "sku=WH-1000XM5": a public item's id, not a word, an e-mail or a name.</summary>
    private static bool IsPublicContentId(ReadOnlySpan<char> name, ReadOnlySpan<char> value) =>
        IsOneOf(name, s_publicContentNames) && value.Length <= 40 && value.IndexOfAny('@', '+', ' ') < 0 && !value.Contains("%40", StringComparison.OrdinalIgnoreCase)
            && !value.Contains("%20", StringComparison.Ordinal) && (value.IndexOfAnyInRange('0', '9') >= 0 || value.IndexOfAny("-_.:") >= 0 || value.Length <= 12);

    // Parameters whose value is what someone searched for or who they are: always kept as a finding.
    private static readonly WordSet s_personalNames = WordSet.Of(
        ["q", "query", "search", "search_query", "s", "term", "keyword", "keywords", "k", "pq", "text", "email", "name", "user", "username",
         "uid", "id", "account", "address", "from", "login", "first_name", "last_name", "fullname", "oq", "wd", "p_q"]);

    // OAuth and OpenID flow markers (a verifier's hash, the flow's kind) and the public id of the app asking.
    private static readonly WordSet s_flowNames = WordSet.Of(["client_id", "code_challenge", "code_challenge_method", "response_type", "response_mode"]);

    // Parameters whose value is free text someone typed into a search box.
    private static readonly WordSet s_searchNames = WordSet.Of(
        ["q", "query", "search", "search_query", "s", "term", "keyword", "keywords", "k", "pq", "oq", "wd", "p_q", "searchterm", "search_term", "find"]);

    // Parameters that name a person's record: "customer_id=…", "userId=…", "account=…".
    private static readonly WordSet s_personRecordWords = WordSet.Of(
        ["user", "customer", "account", "member", "client", "contact", "profile", "patient", "employee", "person", "subscriber", "student",
         "owner", "buyer", "guest", "cust", "acct", "usr", "uid", "userid", "customerid", "accountid", "memberid", "contactid", "profileid"]);

    /// <summary>A search or a person's record ("q", "customer", "customer_id", "userId"): its value is personal content, never a token.</summary>
    private static bool IsPersonalName(ReadOnlySpan<char> name)
    {
        if (IsOneOf(name, s_personalNames) || IsOneOf(name, s_personRecordWords))
        {
            return true;
        }

        int cut = name.LastIndexOfAny('_', '-');
        if (cut > 0 && name[(cut + 1)..].Equals("id", StringComparison.OrdinalIgnoreCase))
        {
            return IsOneOf(name[..cut], s_personRecordWords);
        }

        // "userId", "customerID".
        bool idSuffix = name.Length > 2 && (name.EndsWith("Id", StringComparison.Ordinal) || name.EndsWith("ID", StringComparison.Ordinal));
        return idSuffix && IsOneOf(name[..^2], s_personRecordWords);
    }

    private static readonly WordSet s_placeNames = WordSet.Of(["address", "location", "loc", "city", "place", "near", "destination", "origin", "region", "area", "where", "l"]);

    /// <summary>A place parameter with one word and no number ("address=Berlin"): a city, not a person's address.</summary>
    private static bool IsPlaceOnly(ReadOnlySpan<char> name, ReadOnlySpan<char> value) =>
        IsOneOf(name, s_placeNames) && value.Length <= 32 && value.IndexOfAny("+@ ") < 0 && IsEncodedLettersOnly(value);

    /// <summary>"K%C3%B6ln": escapes only of letters beyond ASCII (UTF-8 lead and continuation bytes), no encoded space or comma.</summary>
    private static bool IsEncodedLettersOnly(ReadOnlySpan<char> value)
    {
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '%')
            {
                if (i + 2 >= value.Length || value[i + 1] is not ('8' or '9' or 'A' or 'B' or 'C' or 'D' or 'E' or 'a' or 'b' or 'c' or 'd' or 'e'))
                {
                    return false;
                }

                i += 2;
            }
            else if (char.IsAsciiDigit(value[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"v1.2.3", "4.17.21": a release, not a person.</summary>
    private static bool IsVersionValue(ReadOnlySpan<char> value)
    {
        // Four parts without a "v" may be an address someone searched for.
        bool prefixed = value.Length > 1 && value[0] is 'v' or 'V';
        ReadOnlySpan<char> v = prefixed ? value[1..] : value;
        return v.Length >= 3 && v.Contains('.') && (prefixed || v.Count('.') <= 2) && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[^1]) && v.IndexOfAnyExcept("0123456789.") < 0
            && !v.Contains("..", StringComparison.Ordinal);
    }

    /// <summary>"2025-01-05", "2025-01-05T10:00:00Z": a date a link carries (an API version, a validity window), not a person.</summary>
    private static bool IsDateValue(ReadOnlySpan<char> value) =>
        value.Length >= 10 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3])
        && value[4] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6]) && value[7] == '-' && char.IsAsciiDigit(value[8])
        && char.IsAsciiDigit(value[9]) && (value.Length == 10 || value[10] is 'T' or '%' or ' ' or '+');

    /// <summary>A state parameter, or a flag, a small number or one common word for any parameter that is not a search or a person.</summary>
    private static bool IsInterfaceState(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        if (IsOneOf(name, s_personalNames))
        {
            return false;
        }

        if (name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || name.StartsWith("var-", StringComparison.OrdinalIgnoreCase) || IsOneOf(name, s_stateNames))
        {
            return true;
        }

        bool smallNumber = value.Length <= 2 && value.IndexOfAnyExceptInRange('0', '9') < 0;
        return smallNumber || IsDateValue(value) || value is "true" or "false" or "yes" or "no" or "on" or "off" || (value.IndexOfAnyExceptInRange('a', 'z') < 0 && Lexicon.IsCommonWord(value));
    }

    /// <summary>
    /// Whether a URL path segment or query value looks machine-generated and secret: at least 16 characters of a
    /// token alphabet, with letters and digits, whose character class changes often (random base62 changes class
    /// on about 60% of characters; words, slugs and numbers almost never do). UUIDs are record ids, not secrets.
    /// </summary>
    internal static bool IsTokenLike(ReadOnlySpan<char> value)
    {
        if (value.Length < 16 || IsUuid(value))
        {
            return false;
        }

        int letters = 0;
        int digits = 0;
        int changes = 0;
        int counted = 0;
        int previous = -1;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            int cls;
            if (c == '%' && i + 2 < value.Length && char.IsAsciiHexDigit(value[i + 1]) && char.IsAsciiHexDigit(value[i + 2]))
            {
                // A percent-encoded space or symbol separates words ("chest%20pain"); it is not part of a token.
                i += 2;
                previous = -1;
                continue;
            }

            if (char.IsAsciiDigit(c))
            {
                cls = 0;
                digits++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                cls = 1;
                letters++;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                cls = 2;
                letters++;
            }
            else if (c is '-' or '_' or '.' or '~' or '+' or '/' or '=' or '%')
            {
                continue;
            }
            else
            {
                return false;
            }

            if (previous >= 0 && cls != previous)
            {
                changes++;
            }

            previous = cls;
            counted++;
        }

        return letters > 0 && digits > 0 && counted >= 16 && changes * 4 >= counted;
    }
    // ---- Round 5 (parties): a request target without a host ("GET /search?q=…" in an access log or a dev server's
    // terminal, "/patients?mrn=…" in a router's title). Its query is read like a full URL's: searches and record ids go,
    // control parameters (page, sort, limit, utm_…) stay.
    private static void FindOriginFormQueries(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int q = text.IndexOf('?'); q > 0; q = IndexFrom(text, q + 1, "?"))
        {
            int start = q;
            while (start > 0 && IsOriginPathChar(text[start - 1]))
            {
                start--;
            }

            if (text[start] != '/' || start + 1 >= q || !char.IsLetter(text[start + 1]) || At(text, start - 1) is not (' ' or '\t' or '"' or '\'' or '(')
                || q + 1 >= text.Length || text.Slice(q + 1).IndexOf('=') < 0 || found.IsClaimed(start, q + 1))
            {
                continue;
            }

            int end = TrimEnd(text, start, UrlEnd(text, q));
            if (end <= q + 2)
            {
                continue;
            }

            ScanQuery(text, q, end, IsPersonalPath(text[start..q]), false, ref found);
            q = Math.Max(q, end - 1);
        }
    }

    private static bool IsOriginPathChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '_' or '.' or '~' or '%';
}
