namespace Pipeline.Redaction.Evaluation.Generation.Blind;

internal static partial class BlindForge
{
    private static readonly string[] s_months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] s_longMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static void AddFiller(Dictionary<string, ValueGenerator> g)
    {
        g["subject"] = (c, _) => c.Pick(BlindPools.Subjects);
        g["project"] = (c, _) => c.Pick(BlindPools.Projects);
        g["codeFile"] = (c, _) => c.Pick(BlindPools.CodeFiles);
        g["codePath"] = (c, _) => c.Pick(BlindPools.CodePaths);
        g["doc"] = (c, _) => c.Pick(BlindPools.DocumentNames);
        g["nameWord"] = (c, _) => c.Pick(BlindPools.NameLikeWordTitles);
        g["streetThing"] = (c, _) => c.Pick(BlindPools.StreetNamedThings);
        g["hashtag"] = (c, _) => c.Pick(BlindPools.Hashtags);
        g["vendor"] = (c, _) => c.Pick(BlindPools.VendorTitles);
        g["slashWords"] = (c, _) => c.Pick(BlindPools.PublicRepoPaths);
        g["city"] = (c, _) => c.Pick(BlindPools.Cities);
        g["harmlessSetting"] = (c, _) => c.Pick(BlindPools.HarmlessSettings);

        g["year"] = (c, _) => Inv($"{c.Random.Between(2020, 2027)}");
        g["date"] = (c, _) =>
        {
            int y = c.Random.Between(2023, 2027), m = c.Random.Between(1, 12), d = c.Random.Between(1, 28);
            return c.Random.Next(5) switch
            {
                0 => Inv($"{y}-{m:00}-{d:00}"),
                1 => Inv($"{d}.{m}.{y}"),
                2 => Inv($"{d} {s_months[m - 1]} {y}"),
                3 => Inv($"{m}/{d}/{y % 100:00}"),
                _ => Inv($"{s_longMonths[m - 1]} {d}, {y}"),
            };
        };
        g["isoDate"] = (c, _) => Inv($"{c.Random.Between(2023, 2027)}-{c.Random.Between(1, 12):00}-{c.Random.Between(1, 28):00}");
        g["compactDate"] = (c, _) => Inv($"{c.Random.Between(2023, 2027)}{c.Random.Between(1, 12):00}{c.Random.Between(1, 28):00}");
        g["time"] = (c, _) => c.Random.Chance(0.5)
            ? Inv($"{c.Random.Between(0, 23):00}:{c.Random.Between(0, 59):00}")
            : Inv($"{c.Random.Between(1, 12)}:{c.Random.Between(0, 59):00} {c.Pick(["AM", "PM"])}");
        g["ver3"] = (c, _) => Inv($"{c.Random.Between(0, 30)}.{c.Random.Between(0, 40)}.{c.Random.Between(0, 99)}");
        // Four-part versions and section numbers: the shape of an IPv4 address.
        g["ver4"] = (c, _) => Inv($"{c.Random.Between(1, 40)}.{c.Random.Between(0, 30)}.{c.Random.Between(0, 12)}.{c.Random.Between(0, 9999)}");
        g["edgeVer"] = (c, _) => Inv($"{c.Random.Between(125, 140)}.0.{c.Random.Between(2400, 3300)}.{c.Random.Between(10, 160)}");
        g["section"] = (c, _) => Inv($"{c.Random.Between(1, 12)}.{c.Random.Between(1, 9)}.{c.Random.Between(1, 9)}.{c.Random.Between(1, 9)}");
        g["oid"] = (c, _) => Inv($"1.3.6.1.4.1.{c.Random.Between(300, 60000)}.{c.Random.Between(1, 20)}");
        g["sha7"] = (c, _) => c.Shape("!{7}");
        g["sha40"] = (c, _) => c.Shape("!{40}");
        g["sha256"] = (c, _) => c.Shape("!{64}");
        g["hexColor"] = (c, _) => "#" + (c.Random.Chance(0.5) ? c.Shape("!{6}").ToUpperInvariant() : c.Shape(c.Pick(["!{6}", "!{3}"])));
        g["price"] = (c, _) => c.Random.Next(5) switch
        {
            0 => Inv($"${c.Random.Between(1, 2999)}.{c.Random.Between(0, 99):00}"),
            1 => Inv($"{c.Random.Between(1, 999)},{c.Random.Between(0, 99):00} €"),
            2 => Inv($"£{c.Random.Between(1, 999)}"),
            3 => Inv($"CHF {c.Random.Between(10, 9999)}.–"),
            _ => Inv($"R$ {c.Random.Between(10, 9999)},{c.Random.Between(0, 99):00}"),
        };
        g["size"] = (c, _) => c.Random.Chance(0.5) ? Inv($"{c.Random.Between(1, 999)} KB") : Inv($"{c.Random.Between(1, 80)}.{c.Random.Between(0, 9)} MB");
        g["orderNo"] = (c, _) => c.Shape(c.Pick(["#{3}-#{7}-#{7}", "ORD-#{8}", "#{10}", "W#{9}", "SO-#{6}"]));
        g["invoiceNo"] = (c, _) => c.Shape(c.Pick(["INV-20%#-#{5}", "RE-#{6}", "F#{8}", "#{4}/#{4}"]));
        g["tracking"] = (c, _) => c.Shape(c.Pick(["1Z$$$$$$#{10}", "9400 #### #### #### #### ##", "&&#{9}&&", "JD#{16}", "#{12}"]));
        g["isbn"] = (c, _) => c.Shape(c.Pick(["978-#-###-#####-#", "979-##-####-###-#", "978#{10}"]));
        g["flight"] = (c, _) => c.Pick(["LH", "BA", "AF", "KL", "SK", "AY", "TK", "QR", "NH", "LA", "ET"]) + c.Pick([" ", ""]) + c.Shape("%#{1,3}");
        g["ticketKey"] = (c, _) => c.Pick(["OPS", "FIN", "HRX", "PLAT", "SEC", "MOB"]) + "-" + c.Shape("%#{2,4}");
        g["buildNo"] = (c, _) => c.Shape(c.Pick(["#{4}", "20%#{5}.#", "1.#{3}.#{4}"]));
        g["pid"] = (c, _) => c.Shape("%#{2,5}");
        g["port"] = (c, _) => c.Pick(["22", "443", "8000", "8443", "6443", "9200", "27017", "5672"]);
        g["podName"] = (c, _) => c.Pick(BlindPools.Projects) + "-" + c.Shape("~{9,10}") + "-" + c.Shape("~{5}");
        g["ulid"] = (c, _) => "01" + c.Shape("${24}");
        g["coords"] = (c, _) => Inv($"{c.Random.Between(-60, 70)}.{c.Random.Between(1000, 9999)}, {c.Random.Between(-170, 170)}.{c.Random.Between(1000, 9999)}");
        g["count"] = (c, _) => Inv($"{c.Random.Between(1, 999)},{c.Random.Between(0, 999):000}");
        g["percent"] = (c, _) => Inv($"{c.Random.Between(1, 99)}.{c.Random.Between(0, 9)}%");
        g["zip"] = (c, _) => c.Shape(c.Pick(["#{5}", "#{5}-#{4}", "&#& #&#"]));
        g["cas"] = (c, _) => c.Shape("%#{1,4}-##-#");
        g["doi"] = (c, _) => c.Shape("10.1%##/s4158%-02%-0####-&");
    }
}
