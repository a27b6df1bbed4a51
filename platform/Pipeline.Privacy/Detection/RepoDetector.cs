using System.Buffers;
using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// <c>owner/repository</c> outside URLs (those are read by <see cref="UrlDetector"/>). With a code-host word in the
/// title ("GitHub", "Pull request", "git clone", GitHub's "·") any such pair counts; without one, only a pair that
/// stands as a whole title segment or before a colon ("acme/widget-engine", "org/repo: description"), that is not
/// two common words (client/server), a file path (src/index.ts), a date or fraction (03/2024), an abbreviation
/// (I/O, CI/CD). Public owners count too (dotnet/runtime): a title cannot tell public from private.
/// </summary>
internal static class RepoDetector
{
    private static readonly WordSet s_pathDirectories = WordSet.Of(
        ["src", "lib", "libs", "tests", "test", "docs", "doc", "scripts", "bin", "code", "node_modules", "dist", "build", "target", "vendor",
         "public", "static", "assets", "components", "pages", "app", "apps", "config", "tmp", "temp", "var", "etc", "usr", "home", "opt",
         "personal", "private", "work", "projects", "repos", "include", "packages", "pkg", "cmd", "internal", "api", "web", "client",
         "server", "views", "models", "controllers", "utils", "helpers", "styles", "images", "img", "fonts", "data", "resources", "res",
         "main", "java", "kotlin", "python", "benchmarks", "examples", "samples", "tools", "platform", "producers", "host", "hosts", "mnt",
         "media", "dev", "proc", "sys", "run", "srv", "root", "users", "desktop", "downloads", "documents", "pictures", "music", "videos",
         "library", "applications", "volumes", "system", "windows", "program", "stream-processors", "lake", "deploy", "infra", "k8s",
         "charts", "templates", "migrations", "spec", "specs", "fixtures", "mocks", "e2e", "feature", "features", "fix", "hotfix", "release",
         "bugfix", "chore", "refs", "heads", "origin", "remotes", "tags", "layouts", "partials", "content", "posts", "drafts", "archive",
         "application", "text", "image", "audio", "video", "multipart", "font", "model", "message",
         // Branch prefixes ("feat/new-login", "upstream/main"), platforms ("linux/amd64") and time zones ("America/Sao_Paulo").
         "feat", "refactor", "perf", "wip", "topic", "experiment", "spike", "epic", "dependabot", "renovate", "upstream", "user",
         "linux", "darwin", "freebsd", "android", "ios", "macos", "win", "Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia",
         "Europe", "Indian", "Pacific", "Etc", "US", "Canada", "Brazil", "Mexico", "Chile"]);

    private static readonly WordSet s_codeExtensions = WordSet.Of(
        ["ts", "tsx", "js", "jsx", "mjs", "cjs", "py", "rb", "go", "rs", "java", "kt", "cs", "cpp", "cc", "c", "h", "hpp", "swift", "md",
         "json", "yaml", "yml", "toml", "xml", "html", "css", "scss", "sh", "txt", "csv", "lock", "sql", "proto", "vue", "svelte", "php",
         "ini", "cfg", "conf", "env", "log", "png", "jpg", "svg", "pdf", "docx", "xlsx", "csproj", "sln", "props", "gradle", "tf", "avsc"]);

    /// <summary>Whether <paramref name="extension"/> (without the dot) is a source, document, data or archive file's.</summary>
    internal static bool IsFileExtension(ReadOnlySpan<char> extension) => s_codeExtensions.Contains(extension) || s_dataExtensions.Contains(extension);

    // Data, archive, media and office files: "exports/usage_2026-01-31.parquet" is a path, never a repository.
    private static readonly WordSet s_dataExtensions = WordSet.Of(
        ["parquet", "zip", "gz", "tgz", "bz2", "xz", "zst", "7z", "rar", "tar", "jsonl", "ndjson", "avro", "orc", "feather", "arrow", "db",
         "sqlite", "sqlite3", "bak", "dump", "iso", "dmg", "exe", "msi", "deb", "rpm", "apk", "jar", "war", "whl", "mp3", "mp4", "mov", "wav",
         "jpeg", "gif", "webp", "heic", "tiff", "doc", "xls", "ppt", "pptx", "odt", "ods", "rtf", "epub", "ipynb", "tsv", "xlsm", "pkl",
         "npy", "npz", "h5", "onnx", "pt", "bin", "dat", "out", "tmp", "pem", "crt", "key", "pub", "ova", "vmdk", "qcow2", "img"]);

    private static readonly string[] s_codeHostCues =
        ["github", "gitlab", "bitbucket", "gitea", "codeberg", "sourcegraph", "pull request", "merge request", "git clone", "git@", "commits",
         "pull requests", "issues", "actions", "pipelines", "repository", "repo", "fork", "gh repo", "gh pr",
         // An IDE's or git client's dialogs: "Git: Pull from owner/repo - IntelliJ IDEA", "Push to owner/repo".
         "git:", "pull from", "push to", "fetch from", "clone from", "clone repository", "git pull", "git push", "git fetch", "git remote",
         "repos", "azure devops", "sourcehut", "gitee", "forgejo", "gogs", "sourcetree", "gitkraken", "github desktop", "git checkout",
         "forked from", "mirror of", "generated from", "git submodule", "gh pr", "gh issue", "gh run", "starred"];

    // After the list it is made of (static fields initialise in order).
    private static readonly SearchValues<string> s_codeHostCueWords = SearchValues.Create(s_codeHostCues, StringComparison.OrdinalIgnoreCase);

    public static void Find(ReadOnlySpan<char> text, ref Findings found)
    {
        if (!text.Contains('/'))
        {
            return;
        }

        bool strongCue = HasCodeHostCue(text);
        bool cue = strongCue || text.Contains(" · ", StringComparison.Ordinal);
        bool gitLab = text.Contains("gitlab", StringComparison.OrdinalIgnoreCase);
        if (cue)
        {
            FindSpacedPairs(text, ref found);
        }

        for (int slash = text.IndexOf('/'); slash > 0; slash = IndexFrom(text, slash + 1, "/"))
        {
            // owner/repo: slug characters on both sides, starting and ending with a letter or digit.
            int start = slash;
            while (start > 0 && IsSlugChar(text[start - 1]))
            {
                start--;
            }

            while (start < slash && !char.IsAsciiLetterOrDigit(text[start]))
            {
                start++;
            }

            int end = slash + 1;
            while (end < text.Length && IsSlugChar(text[end]))
            {
                end++;
            }

            while (end > slash + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            // "git clone git@host:owner/repo.git": the repository is named without the suffix.
            if (end - slash > 5 && text[(end - 4)..end].Equals(".git", StringComparison.OrdinalIgnoreCase))
            {
                end -= 4;
            }

            if (start == slash || end == slash + 1 || !char.IsAsciiLetterOrDigit(text[slash - 1]) || !(char.IsAsciiLetterOrDigit(text[slash + 1]) || text[slash + 1] == '_'))
            {
                continue;
            }

            char before = At(text, start - 1);
            char after = At(text, end);
            if (after == '/' && gitLab && TryNestedProject(text, start, end, out int nestedEnd))
            {
                // GitLab's subgroups: "group/subgroup/project".
                if (!found.Overlaps(start, nestedEnd))
                {
                    found.Add(start, nestedEnd - start, PiiKind.Repo, 5);
                }

                slash = nestedEnd - 1;
                continue;
            }

            if (IsAlnum(before) || before is '/' or '.' or '~' or '@' or '-' or '_' or '\\' || after is '/' or '\\' || IsAlnum(after)
                || found.Overlaps(start, end))
            {
                continue;
            }

            ReadOnlySpan<char> owner = text[start..slash];
            ReadOnlySpan<char> repo = text[(slash + 1)..end];
            if (!IsPlausible(owner, repo, cue, strongCue) || IsImageReference(text, end) || (!strongCue && IsTermPair(owner, repo, text)))
            {
                continue;
            }

            // Also "[owner/repo] Issue #42: …" (a code host's mail subject) and "owner/repo#42" (an issue reference).
            bool standsAlone = IsWholeSegment(text, start, end) || after == ':' || before == ':' || (before == '[' && after == ']')
                || (after == '#' && char.IsAsciiDigit(At(text, end + 1)));
            if (cue || standsAlone)
            {
                found.Add(start, end - start, PiiKind.Repo, 5);
            }
        }
    }

    /// <summary>Code hosts print "owner / repository" with spaces in their headers (Bitbucket, GitHub's page title).</summary>
    private static void FindSpacedPairs(ReadOnlySpan<char> text, ref Findings found)
    {
        for (int s = text.IndexOf(" / ", StringComparison.Ordinal); s > 0; s = IndexFrom(text, s + 3, " / "))
        {
            int start = s;
            while (start > 0 && IsSlugChar(text[start - 1]))
            {
                start--;
            }

            int end = s + 3;
            while (end < text.Length && IsSlugChar(text[end]))
            {
                end++;
            }

            ReadOnlySpan<char> owner = text[start..s];
            ReadOnlySpan<char> repo = text[(s + 3)..end];
            if (owner.Length > 0 && repo.Length > 0 && !IsAlnum(At(text, start - 1)) && !IsAlnum(At(text, end)) && IsPlausible(owner, repo, cue: true)
                && (owner.IndexOfAny("-_.0123456789") >= 0 || repo.IndexOfAny("-_.0123456789") >= 0 || char.IsLower(repo[0]))
                && !found.Overlaps(start, end))
            {
                found.Add(start, end - start, PiiKind.Repo, 5);
            }
        }
    }

    /// <summary>
    /// "group/subgroup/project" (two to four levels) in a GitLab title: every level a slug, none a path's folder, the
    /// last no file.
    /// </summary>
    private static bool TryNestedProject(ReadOnlySpan<char> text, int start, int end, out int nestedEnd)
    {
        nestedEnd = end;
        char before = At(text, start - 1);
        if (IsAlnum(before) || before is '/' or '.' or '~' or '@' or '-' or '_' or '\\')
        {
            return false;
        }

        int levels = 2;
        while (At(text, nestedEnd) == '/' && IsSlugChar(At(text, nestedEnd + 1)) && levels < 4)
        {
            int e = nestedEnd + 1;
            while (e < text.Length && IsSlugChar(text[e]))
            {
                e++;
            }

            nestedEnd = e;
            levels++;
        }

        if (At(text, nestedEnd) is '/' or '\\' || IsAlnum(At(text, nestedEnd)))
        {
            return false;
        }

        ReadOnlySpan<char> path = text[start..nestedEnd];
        foreach (System.Range r in path.Split('/'))
        {
            ReadOnlySpan<char> level = path[r];
            if (level.Length < 2 || IsOneOf(level, s_pathDirectories) || level.IndexOf('.') >= 0 || !HasLetter(level))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"registry.local/api:latest", "team/worker:2.3", "grafana/grafana@sha256:…": a container image and its tag, not a repository.</summary>
    private static bool IsImageReference(ReadOnlySpan<char> text, int end) =>
        (At(text, end) == ':' && (char.IsAsciiLetterOrDigit(At(text, end + 1)) || At(text, end + 1) == '_'))
        || text[end..].StartsWith("@sha256:", StringComparison.Ordinal);

    private static bool IsSlugChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    internal static bool HasCodeHostCue(ReadOnlySpan<char> text)
    {
        // Found by one vectorised search, then held to word boundaries ("repo" is not "report").
        int from = 0;
        while (from < text.Length)
        {
            int at = text[from..].IndexOfAny(s_codeHostCueWords);
            if (at < 0)
            {
                return false;
            }

            at += from;
            foreach (string c in s_codeHostCues)
            {
                if (text[at..].StartsWith(c, StringComparison.OrdinalIgnoreCase) && !IsWordChar(At(text, at - 1)) && !IsWordChar(At(text, at + c.Length)))
                {
                    return true;
                }
            }

            from = at + 1;
        }

        return false;
    }

    // Q&A and reference sites: their titles name concepts, not repositories ("F# async/await · Stack Overflow").
    private static readonly SearchValues<string> s_questionSites = SearchValues.Create(
        ["Stack Overflow", "Stack Exchange", "Super User", "Server Fault", "Ask Ubuntu", "MDN", "Quora", "Wikipedia", "Qiita", "Zenn", "CSDN",
         "Habr", "W3Schools", "GeeksforGeeks", "DEV Community", "Reddit"], StringComparison.OrdinalIgnoreCase);

    // Paired terms that programmers write with a slash.
    private static readonly WordSet s_termPairParts = WordSet.Of(
        ["async", "await", "read", "write", "input", "output", "client", "server", "true", "false", "try", "catch", "get", "set", "push",
         "pull", "open", "close", "start", "stop", "import", "export", "encode", "decode", "load", "store", "request", "response", "key",
         "value", "front", "back", "begin", "end", "send", "receive", "lock", "unlock", "and", "or", "either", "yes", "no", "on", "off",
         "sync", "producer", "consumer", "publish", "subscribe", "pub", "sub", "master", "slave", "primary", "replica",
         "serialize", "deserialize", "encrypt", "decrypt", "compress", "decompress", "map", "reduce", "commit", "rollback", "undo", "redo"]);

    private static bool IsTermPair(ReadOnlySpan<char> owner, ReadOnlySpan<char> repo, ReadOnlySpan<char> text) =>
        (IsOneOf(owner, s_termPairParts) && IsOneOf(repo, s_termPairParts)) || text.IndexOfAny(s_questionSites) >= 0;

    private static bool IsPlausible(ReadOnlySpan<char> owner, ReadOnlySpan<char> repo, bool cue, bool strongCue = false)
    {
        if (owner.Length < 2 || repo.Length < 2 || owner.Length + repo.Length < 5)
        {
            return false;
        }

        // Dates, fractions, sizes, ratios and abbreviations.
        if (!HasLetter(owner) || !HasLetter(repo) || (IsUpper(owner) && IsUpper(repo)) || (owner.Length <= 3 && repo.Length <= 3))
        {
            return false;
        }

        // Public owners too ("torvalds/linux: …"): a title cannot tell a public repository from a private one.
        if (IsOneOf(owner, s_pathDirectories))
        {
            return false;
        }

        int dot = repo.LastIndexOf('.');
        if (dot > 0 && ((IsOneOf(repo[(dot + 1)..], s_codeExtensions) && !cue) || s_dataExtensions.Contains(repo[(dot + 1)..])))
        {
            return false;
        }

        // "GitHub/GitLab", "Jira/Confluence": two product names; repositories are slugs. In a code host's own title
        // ("Pull request #7 · Contoso/Website") a capitalised pair is a repository unless a side is a product.
        if (char.IsUpper(owner[0]) && char.IsUpper(repo[0]) && owner.IndexOfAny("-_0123456789") < 0 && repo.IndexOfAny("-_0123456789") < 0
            && (!strongCue || OrgDetector.IsPublicCompany(owner) || OrgDetector.IsPublicCompany(repo) || HasCodeHostCue(owner) || HasCodeHostCue(repo)
                || Lexicon.IsCommonWord(owner)))
        {
            return false;
        }

        // "client/server", "read/write": two words, not a repository, unless the title is a code host's.
        bool ownerWord = Lexicon.IsCommonWord(owner);
        bool repoWord = Lexicon.IsCommonWord(repo);
        // GitHub's "·" alone does not make "read/write · Docs" a repository; a code host's word does.
        return !(ownerWord && repoWord && !strongCue);
    }

    private static bool HasLetter(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('a', 'z') >= 0 || s.IndexOfAnyInRange('A', 'Z') >= 0;

    private static bool IsUpper(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('a', 'z') < 0;

    private static bool IsWholeSegment(ReadOnlySpan<char> text, int start, int end)
    {
        int i = start - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        int j = end;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        bool startsSegment = i < 0 || IsSegmentSeparator(text, i);
        bool endsSegment = j >= text.Length || IsSegmentSeparator(text, j);
        return startsSegment && endsSegment;
    }
}
