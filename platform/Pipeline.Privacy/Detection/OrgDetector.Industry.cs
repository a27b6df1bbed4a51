using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

// Round 5 (parties): a private company named without a legal form, by its owner's or place's name and the trade it is
// in ("Brenner Bau", "Ferraresi Assicurazioni", "Oakhurst Staffing", "Öztürk Lojistik"), as a whole segment of a title
// (between separators, in brackets, or after a chat's "with …"). The trade word must end the segment, the words before it
// must be capitalised, not all common words and not a household company, so "Public Transport", "Amazon Logistics
// Transport" and "Transport for London" stay.
internal static partial class OrgDetector
{
    private static readonly WordSet s_industryNouns = WordSet.Of(
        ["Bau", "Bauunternehmen", "Haustechnik", "Elektrotechnik", "Immobilien", "Versicherung", "Versicherungen", "Steuerberatung", "Möbel",
         "Assicurazioni", "Arredi", "Immobiliare", "Ingegneria", "Elettronica", "Costruzioni", "Trasporti", "Logistica",
         "Seguros", "Seguradora", "Importadora", "Exportadora", "Inmobiliaria", "Imobiliária", "Asesores", "Abogados", "Consultores",
         "Consultoria", "Contabilidad", "Contabilidade", "Engenharia", "Ingeniería", "Logística", "Transportes", "Construcciones", "Construções",
         "Conseil", "Assurances", "Logistique", "Immobilier", "Avocats", "Pharmacie", "Transports", "Meubles",
         "Installatietechniek", "Makelaardij", "Bouw", "Vastgoed", "Advocaten", "Notarissen", "Transport", "Logistiek",
         "Lojistik", "Tekstil", "İnşaat", "Gayrimenkul", "Muhasebe", "Sigorta",
         "Építő", "Ingatlan", "Budownictwo", "Nieruchomości", "Księgowość", "Rakennus", "Kiinteistöt", "Bygg", "Fastigheter", "Eiendom",
         "Infotech", "Infosystems", "Staffing", "Recruitment", "Recruiting", "Accountancy", "Accountants", "Lettings", "Solicitors", "Surveyors",
         "Builders", "Joinery", "Roofing", "Plumbing", "Haulage", "Removals", "Strata", "Conveyancing", "Veterinary", "Landscaping"]);

    private static void FindIndustryNames(ReadOnlySpan<char> text, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            int start = NextLetterWord(text, ref i);

            if (i == start || start == 0 || !char.IsUpper(text[start]) || !s_industryNouns.Contains(text[start..i]) || !EndsSegment(text, i))
            {
                continue;
            }

            // Walk back over one to three capitalised words (a particle such as "Van", "Lo", "de" may lead them).
            int nameStart = start;
            int words = 0;
            while (words < 3 && nameStart >= 2 && text[nameStart - 1] == ' ')
            {
                int w = nameStart - 1;
                while (w > 0 && (char.IsLetter(text[w - 1]) || text[w - 1] is '\'' or '-'))
                {
                    w--;
                }

                if (w == nameStart - 1 || !(char.IsUpper(text[w]) || (words >= 1 && IsOneOf(text[w..(nameStart - 1)], s_nameJoiners))))
                {
                    break;
                }

                nameStart = w;
                words++;
                if (StartsSegment(text, nameStart))
                {
                    break;
                }
            }

            ReadOnlySpan<char> owner = text[nameStart..(start - 1 < nameStart ? nameStart : start - 1)];
            if (words == 0 || !StartsSegment(text, nameStart) || !char.IsUpper(text[nameStart]) || AllCommon(owner) || HasPublicWord(owner)
                || found.Overlaps(nameStart, i) || IsCommunityServer(text, i))
            {
                continue;
            }

            found.Add(nameStart, i - nameStart, PiiKind.Org, 4);
        }
    }

    // "#help | Minecraft Builders - Discord": a community server is a public group, not a private party.
    private static bool IsCommunityServer(ReadOnlySpan<char> text, int end)
    {
        ReadOnlySpan<char> rest = text[end..].TrimStart();
        if (rest.Length > 0 && rest[0] is '|' or '—' or '–' or '-' or '·')
        {
            rest = rest[1..].TrimStart();
        }

        return rest.StartsWith("Discord", StringComparison.Ordinal);
    }

    private static bool EndsSegment(ReadOnlySpan<char> text, int end)
    {
        if (end >= text.Length)
        {
            return true;
        }

        char c = text[end];
        if (c is ')' or ']' or ',' or ';')
        {
            return true;
        }

        return c == ' ' && At(text, end + 2) == ' ' && At(text, end + 1) is '|' or '—' or '–' or '-' or '·' or '/' or '•';
    }

    private static bool StartsSegment(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        char c = text[start - 1];
        if (c is '(' or '[')
        {
            return true;
        }

        if (c != ' ')
        {
            return false;
        }

        char s = At(text, start - 2);
        if (s is ':' || (s is '|' or '—' or '–' or '-' or '·' or '/' or '•' && At(text, start - 3) == ' '))
        {
            return true;
        }

        // "Huddle with Ana Ruiz — Brenner Bau" is handled by the separator; "Call with Brenner Bau": after "with".
        return start >= 5 && text[(start - 5)..(start - 1)] is "with" or "With" or "from" or "From" && !IsAlnum(At(text, start - 6));
    }
}
