using System.Globalization;
using System.Text;

namespace Pipeline.Redaction.Evaluation.Generation.Fifth;

/// <summary>A naming culture of the fifth family. Entries are written <c>native|romanised</c> where the culture's
/// own script differs from Latin; <paramref name="Joiner"/> sits between the two names (none in Chinese script).</summary>
internal sealed record FifthCulture(string Key, string[] Given, string[] Family, bool FamilyFirst = false, string Joiner = " ", bool DoubleFamily = false);

/// <summary>The person of the current line, so a mail header's name and address agree.</summary>
internal sealed record FifthPerson(FifthCulture Culture, string Given, string Family, string LatinGiven, string LatinFamily)
{
    public string Full => Culture.FamilyFirst ? Family + Culture.Joiner + Given : Given + Culture.Joiner + Family;
}

internal static partial class FifthForge
{
    private static class People
    {
        private static readonly (string From, string To)[] s_fold =
        [
            ("àáâãäåāăąǎạảấầẩẫậắằẳẵặ", "a"), ("æ", "ae"), ("çćčĉ", "c"), ("ďđð", "d"), ("èéêëēėęěẹẻẽếềểễệ", "e"), ("ğ", "g"),
            ("ìíîïīįıỉị", "i"), ("ł", "l"), ("ñńň", "n"), ("òóôõöøōőọỏốồổỗộơớờởỡợ", "o"), ("œ", "oe"), ("ř", "r"),
            ("śšşș", "s"), ("ß", "ss"), ("ťţț", "t"), ("ùúûüūůűųụủưứừửữự", "u"), ("ýÿỳỵỷỹ", "y"), ("źżž", "z"), ("þ", "th"),
        ];

        private static readonly string[] s_mailCultures = ["de", "fr", "es", "pl", "tr", "pt", "sv", "cs", "hu"];

        private static FifthPerson Draw(GenerationContext context, string? argument)
        {
            FifthCulture culture;
            if (argument is null)
            {
                culture = context.Pick(FifthPools.Cultures);
            }
            else
            {
                string key = context.Pick(argument.Split(','));
                culture = Array.Find(FifthPools.Cultures, c => c.Key == key)
                    ?? throw new FormatException($"fifth culture {key} does not exist");
            }
            (string given, string latinGiven) = Split(context.Pick(culture.Given));
            (string family, string latinFamily) = Split(context.Pick(culture.Family));
            if (culture.DoubleFamily && context.Random.Chance(0.6))
            {
                (string second, string latinSecond) = Split(context.Pick(culture.Family));
                if (second != family)
                {
                    bool hyphen = culture.Key is "de" or "fr" or "pl";
                    family += (hyphen ? "-" : " ") + second;
                    latinFamily += (hyphen ? "-" : " ") + latinSecond;
                }
            }
            var person = new FifthPerson(culture, given, family, latinGiven, latinFamily);
            context.FamilyState = person;
            return person;
        }

        private static (string Native, string Latin) Split(string entry)
        {
            int bar = entry.IndexOf('|', StringComparison.Ordinal);
            return bar < 0 ? (entry, entry) : (entry[..bar], entry[(bar + 1)..]);
        }

        /// <summary>The line's person if one was drawn and no culture is asked for, else a new one.</summary>
        private static FifthPerson Current(GenerationContext context, string? argument) =>
            argument is null && context.FamilyState is FifthPerson p ? p : Draw(context, argument);

        public static string Full(GenerationContext context, string? argument) => Draw(context, argument).Full;

        /// <summary>The line's person again (drawing one if none), for "handle (Name)" titles.</summary>
        public static string Same(GenerationContext context) => Current(context, null).Full;

        public static string GivenOnly(GenerationContext context, string? argument) => Draw(context, argument).Given;

        /// <summary>Directory order, <c>Family, Given</c>.</summary>
        public static string Directory(GenerationContext context, string? argument)
        {
            FifthPerson p = Draw(context, argument);
            return p.LatinFamily + ", " + p.LatinGiven;
        }

        public static string WithInitial(GenerationContext context, string? argument)
        {
            FifthPerson p = Draw(context, argument);
            return context.Random.Chance(0.5)
                ? p.LatinGiven[0] + ". " + p.LatinFamily
                : p.LatinGiven + " " + char.ToUpperInvariant(p.LatinFamily[0]) + ".";
        }

        public static string Glued(GenerationContext context, string? argument)
        {
            FifthPerson p = Draw(context, argument);
            string glue = context.Pick(["_", "_", "-", "."]);
            return p.LatinGiven.Replace(' ', glue[0]) + glue + p.LatinFamily.Replace(' ', glue[0]);
        }

        public static string Email(GenerationContext context, string? argument)
        {
            FifthPerson p = Current(context, argument is null || argument.StartsWith('@') ? null : argument);
            bool keepAccents = Array.IndexOf(s_mailCultures, p.Culture.Key) >= 0 && context.Random.Chance(0.35);
            string given = Local(p.LatinGiven, keepAccents);
            string family = Local(p.LatinFamily, keepAccents);
            string local = context.Random.Next(6) switch
            {
                0 => given + "." + family,
                1 => given[0] + "." + family,
                2 => given + family,
                3 => given + "+" + context.Pick(FifthPools.PlusTags),
                4 => family + "." + given[0],
                _ => given + "_" + family + context.Random.Between(1, 99).ToString(CultureInfo.InvariantCulture),
            };
            string domain = argument is not null && argument.StartsWith('@') ? argument[1..] : context.Pick(FifthPools.MailDomains);
            return local + "@" + domain;
        }

        public static string Handle(GenerationContext context, string? argument)
        {
            FifthPerson p = Current(context, argument);
            string given = Local(p.LatinGiven, false);
            string family = Local(p.LatinFamily, false);
            return context.Random.Next(6) switch
            {
                0 => given + family[0],
                1 => given[0] + family,
                2 => given + "." + family,
                3 => given + "_" + family[..Math.Min(3, family.Length)] + context.Random.Between(1, 99).ToString(CultureInfo.InvariantCulture),
                4 => family + given[0] + context.Random.Between(70, 99).ToString(CultureInfo.InvariantCulture),
                _ => given + context.Pick(["dev", "_k", "x", "io", "42", "07"]),
            };
        }

        public static string Slug(GenerationContext context, string? argument)
        {
            FifthPerson p = Current(context, argument);
            return Local(p.LatinGiven, false) + "-" + Local(p.LatinFamily, false).Replace('.', '-');
        }

        /// <summary>A name as an address local part: lower case, no spaces or apostrophes, accents folded unless kept.</summary>
        private static string Local(string name, bool keepAccents)
        {
            string lower = name.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("'", string.Empty, StringComparison.Ordinal);
            if (keepAccents)
            {
                return lower;
            }
            var text = new StringBuilder(lower.Length + 2);
            foreach (char ch in lower)
            {
                if (char.IsAsciiLetterOrDigit(ch) || ch is '-' or '.')
                {
                    text.Append(ch);
                    continue;
                }
                // Folded by table: under the build's invariant globalization, Normalize was seen to leave the accents in place.
                foreach ((string from, string to) in s_fold)
                {
                    if (from.Contains(ch, StringComparison.Ordinal))
                    {
                        text.Append(to);
                        break;
                    }
                }
            }
            return text.Length == 0 ? "user" : text.ToString();
        }
    }
}
