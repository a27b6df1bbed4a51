using System.Globalization;

namespace Pipeline.Redaction.Evaluation.Generation;

internal static partial class ValueForge
{
    private static readonly string[] s_months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // The ordinary words, numbers and codes that surround planted values and fill the negatives.
    private static void AddFiller(Dictionary<string, ValueGenerator> g)
    {
        g["codeFile"] = (c, _) => c.Pick(FillerWords.CodeFiles);
        g["codePath"] = (c, _) => c.Pick(FillerWords.CodePaths);
        g["project"] = (c, _) => c.Pick(FillerWords.Projects);
        g["subject"] = (c, _) => c.Pick(FillerWords.Subjects);
        g["commitMsg"] = (c, _) => c.Pick(FillerWords.CommitMessages);
        g["repoDesc"] = (c, _) => c.Pick(FillerWords.RepoDescriptions);
        g["product"] = (c, _) => c.Pick(FillerWords.Products);
        g["bank"] = (c, _) => c.Pick(FillerWords.PublicBanks);
        g["saas"] = (c, _) => c.Pick(FillerWords.SaasProducts);
        g["group"] = (c, _) => c.Pick(FillerWords.Groups);
        g["city"] = (c, _) => c.Pick(FillerWords.Cities);
        g["role"] = (c, _) => c.Pick(FillerWords.Roles);
        g["insurer"] = (c, _) => c.Pick(FillerWords.Insurers);
        g["realEstate"] = (c, _) => c.Pick(FillerWords.RealEstateSites);
        g["playlist"] = (c, _) => c.Pick(FillerWords.Songs);
        g["ticket"] = (c, _) => c.Pick(FillerWords.Tickets);
        g["jiraKey"] = (c, _) => c.Pick(FillerWords.JiraProjects) + "-" + c.Shape("%#{1,3}");
        g["discordServer"] = (c, _) => c.Pick(FillerWords.DiscordServers);
        g["app"] = (c, _) => c.Pick(FillerWords.Apps);
        g["wikiArticle"] = (c, _) => c.Pick(FillerWords.WikiArticles);
        g["month"] = (c, _) => c.Pick(s_months);

        g["year"] = (c, _) => c.Random.Between(2019, 2027).ToString(CultureInfo.InvariantCulture);
        g["yearMonth"] = (c, _) => string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(2022, 2026)}-{c.Random.Between(1, 12):00}");
        g["date"] = (c, _) =>
        {
            int y = c.Random.Between(2022, 2026), m = c.Random.Between(1, 12), d = c.Random.Between(1, 28);
            return c.Random.Next(4) switch
            {
                0 => string.Create(CultureInfo.InvariantCulture, $"{y}-{m:00}-{d:00}"),
                1 => string.Create(CultureInfo.InvariantCulture, $"{d:00}.{m:00}.{y}"),
                2 => string.Create(CultureInfo.InvariantCulture, $"{s_months[m - 1]} {d}, {y}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"{d:00}/{m:00}/{y}"),
            };
        };
        g["time"] = (c, _) => string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(0, 23):00}:{c.Random.Between(0, 59):00}") +
            (c.Random.Chance(0.4) ? string.Create(CultureInfo.InvariantCulture, $":{c.Random.Between(0, 59):00}") : string.Empty);
        g["ver3"] = (c, _) => string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(0, 12)}.{c.Random.Between(0, 30)}.{c.Random.Between(0, 20)}");
        // Four-part versions, the shape of an IPv4 address with no address in it.
        g["ver4"] = (c, _) => string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(1, 12)}.{c.Random.Between(0, 20)}.{c.Random.Between(0, 9)}.{c.Random.Between(0, 250)}");
        g["chromeVer"] = (c, _) => string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(120, 138)}.0.{c.Random.Between(6000, 7200)}.{c.Random.Between(10, 230)}");
        g["winBuild"] = (c, _) => string.Create(CultureInfo.InvariantCulture, $"10.0.{c.Pick(["19045", "22621", "22631", "26100"])}.{c.Random.Between(1000, 5000)}");
        g["resolution"] = (c, _) => c.Pick(["1920x1080", "2560×1440", "3840x2160", "1280x720", "3024×1964", "1080x1920"]);
        g["size"] = (c, _) => c.Pick([
            string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(1, 999)} KB"),
            string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(1, 99)}.{c.Random.Between(0, 9)} MB"),
            string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(1, 9)}.{c.Random.Between(0, 9)} GB"),
        ]);
        g["price"] = (c, _) => c.Pick([
            string.Create(CultureInfo.InvariantCulture, $"${c.Random.Between(1, 9)},{c.Random.Between(100, 999)}.{c.Random.Between(0, 99):00}"),
            string.Create(CultureInfo.InvariantCulture, $"€{c.Random.Between(5, 999)},{c.Random.Between(0, 99):00}"),
            string.Create(CultureInfo.InvariantCulture, $"£{c.Random.Between(5, 999)}.{c.Random.Between(0, 99):00}"),
            string.Create(CultureInfo.InvariantCulture, $"¥{c.Random.Between(1, 99)},{c.Random.Between(100, 999)}"),
        ]);
        g["percent"] = (c, _) => string.Create(CultureInfo.InvariantCulture, $"{c.Random.Between(1, 99)}%");
        g["sha7"] = (c, _) => c.Shape("!{7}");
        g["sha40"] = (c, _) => c.Shape("!{40}");
        g["hex64"] = (c, _) => c.Shape("!{64}");
        g["hex16"] = (c, _) => c.Shape("!{16}");
        g["hexColor"] = (c, _) => "#" + (c.Random.Chance(0.5) ? c.Shape("!{6}").ToUpperInvariant() : c.Shape("!{6}"));
        g["amazonOrder"] = (c, _) => c.Shape("1##-#######-#######");
        g["upsTracking"] = (c, _) => c.Shape("1Z${16}");
        g["isbn"] = (c, _) => c.Shape("978-#-##-######-#");
        g["cve"] = (c, _) => c.Shape("CVE-202%-%####");
        g["ean13"] = (c, _) => c.Shape("40#{11}");
        g["buildNumber"] = (c, _) => c.Shape("2026%###.#");
        g["port"] = (c, _) => c.Pick(["3000", "5173", "8080", "8443", "5432", "9092"]);
        g["pid"] = (c, _) => c.Shape("%#{3,5}");
    }
}
