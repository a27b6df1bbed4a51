using static Pipeline.Privacy.Detection.Text;

namespace Pipeline.Privacy.Detection;

/// <summary>
/// The frames around a name that the main scan consults: devices named after their owner, "Family, Given" after a cue,
/// possessives of names the lists lack, names glued with "." or "-" in file names; and what says a name-shaped run is
/// a place, a company or a brand instead (a route's arrow, a company suffix, a brand named after its founder).
/// </summary>
internal static partial class PersonDetector
{
    // Devices that carry their owner's name in a host name or a title: "Lenas-MacBook-Pro", "Haruka's-iPhone".
    private static readonly string[] s_devices = ["iPhone", "iPad", "MacBook", "MBP", "MBA", "iMac", "Mac", "Galaxy", "Pixel", "PC", "Laptop", "Desktop", "Watch", "AirPods", "Phone"];

    // Legal forms after a company's name: "Anatolia Tekstil A.Ş.", "Brunnhof Logistik GmbH".
    private static readonly WordSet s_companySuffixes = WordSet.Of(
        ["Inc", "Inc.", "LLC", "L.L.C.", "Ltd", "Ltd.", "Limited", "GmbH", "AG", "KG", "SE", "S.A.", "SA", "S.L.", "SL", "SAS", "SARL", "S.A.R.L.",
         "SRL", "S.r.l.", "SpA", "S.p.A.", "BV", "B.V.", "NV", "N.V.", "Oy", "Oyj", "AB", "AS", "A/S", "ASA", "ApS", "A.Ş.", "AŞ", "Sp.", "z.o.o.",
         "s.r.o.", "a.s.", "Kft.", "Zrt.", "PLC", "Plc", "LLP", "LP", "Pty", "Pvt", "Co.", "Corp", "Corp.", "KK", "K.K.", "Ltda", "Ltda.", "S.C.",
         "OÜ", "UAB", "d.o.o.", "ehf.", "hf.", "e.V.", "gGmbH", "mbH"]);

    // Brands named after a person or written with an honorific: the name is the brand's, not a person's in a title.
    private static readonly WordSet s_eponymousBrands = WordSet.Of(
        ["Tommy Hilfiger", "Ralph Lauren", "Calvin Klein", "Hugo Boss", "Michael Kors", "Kate Spade", "Marc Jacobs", "Tory Burch", "Tom Ford",
         "Stella McCartney", "Vera Wang", "Ted Baker", "Paul Smith", "Vivienne Westwood", "Alexander McQueen", "Jimmy Choo", "Christian Louboutin",
         "Christian Dior", "Yves Saint Laurent", "Louis Vuitton", "Giorgio Armani", "Donna Karan", "Anne Klein", "Kenneth Cole", "Steve Madden",
         "Jean Paul Gaultier", "Karl Lagerfeld", "Carolina Herrera", "Oscar de la Renta", "Fred Perry", "Ben Sherman", "Levi Strauss",
         "Estée Lauder", "Helena Rubinstein", "Elizabeth Arden", "Bobbi Brown", "Charlotte Tilbury", "Paco Rabanne", "Jil Sander", "Miu Miu",
         "Ray Ban", "Tim Hortons", "Ben Jerry", "Martha Stewart", "Betty Crocker", "Johnnie Walker", "Jack Daniels", "Jim Beam", "Jose Cuervo",
         "Martens", "Oetker", "Pepper", "Robot", "Scholl", "Bronner", "Seuss", "Dre", "Who"]);

    /// <summary>"Lenas-MacBook-Pro": a name, an "s" and a device glued with a hyphen.</summary>
    private static bool IsDeviceOwner(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start < 4 || text[end - 1] != 's' || At(text, end) != '-')
        {
            return false;
        }

        ReadOnlySpan<char> after = text[(end + 1)..];
        bool device = false;
        foreach (string d in s_devices)
        {
            if (after.StartsWith(d, StringComparison.Ordinal) && !char.IsLower(At(after, d.Length)))
            {
                device = true;
                break;
            }
        }

        ReadOnlySpan<char> name = text[start..(end - 1)];
        return device && IsNameShaped(name) && !IsNotSurname(name) && !IsOneOf(name, s_assistants)
            && (Lexicon.IsFirstName(name, out _) || !Lexicon.IsCommonWord(name));
    }

    /// <summary>One capitalised word no list knows, shaped like a name and no common, interface or product word ("Tuomas").</summary>
    private static bool IsUnlistedName(ReadOnlySpan<char> word) =>
        word.Length >= 3 && IsCapitalised(word) && IsNameShaped(word) && !Lexicon.IsCommonWord(word) && !IsNotSurname(word)
        && !IsOneOf(word, s_assistants) && !IsMonthOrDay(word) && !IsOneOf(word, s_eponymousBrands);

    /// <summary>
    /// "Okafor, Ngozi" after a cue: a family name (of the lists, and no clear first name) or a given name follows the
    /// comma, and the pair ends its clause.
    /// </summary>
    private static bool CommaGivenAfter(ReadOnlySpan<char> text, int start, int end, out int givenEnd)
    {
        givenEnd = -1;
        int given = end + 2;
        if (given >= text.Length)
        {
            return false;
        }

        int wordEnd = NameWordEnd(text, given);
        ReadOnlySpan<char> family = text[start..end];
        ReadOnlySpan<char> givenName = text[given..wordEnd];
        // "Phoenix, Arizona" is a city and its state: an ambiguous given name needs a clear family name before it.
        bool listedGiven = Lexicon.IsFirstName(givenName, out bool ambiguousGiven) && (!ambiguousGiven || Lexicon.IsClearFamilyName(family));
        if (wordEnd - given < 2 || !IsCapitalised(givenName) || IsNotSurname(family) || IsNotSurname(givenName) || !IsNameShaped(family)
            || (!listedGiven && !(IsUnlistedName(givenName) && Lexicon.IsClearFamilyName(family))))
        {
            return false;
        }

        char after = At(text, wordEnd);
        bool ends = wordEnd >= text.Length || after is ',' or ')' or ';' or '(' || (after == ' ' && (IsSegmentSeparator(text, Math.Min(wordEnd + 1, text.Length - 1)) || At(text, wordEnd + 1) is '(' or '<'));
        if (!ends || (after == ',' && char.IsUpper(At(text, wordEnd + 2))))
        {
            // "To: Alice, Bob, Carol" lists people; a clause goes on in lower case ("…, passport …").
            return false;
        }

        // The family name is listed, or no list knows it as a given name either ("Karamanlis, Eleni"); "To: Alice, Bob" lists two people.
        bool knownFamily = Lexicon.IsFamilyName(family, out _) || (IsUnlistedName(family) && !Lexicon.IsFirstName(family, out _));
        if (!knownFamily || (Lexicon.IsClearFirstName(family) && !Lexicon.IsClearFamilyName(family)))
        {
            return false;
        }

        givenEnd = wordEnd;
        return true;
    }

    /// <summary>Whether the last word of the run is a family name that is no English word ("May Pennington").</summary>
    private static bool LastIsClearFamilyName(ReadOnlySpan<char> text, int firstEnd, int end)
    {
        if (end <= firstEnd)
        {
            return false;
        }

        int start = end;
        while (start > firstEnd && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        ReadOnlySpan<char> last = text[start..end];
        return last.Length >= 3 && Lexicon.IsClearFamilyName(last) && !Lexicon.IsCommonWord(last) && !IsNotSurname(last);
    }

    /// <summary>"Lyon Part-Dieu → Nice Ville": a run beside a route's arrow is a place.</summary>
    private static bool IsOnRoute(ReadOnlySpan<char> text, int start, int end)
    {
        ReadOnlySpan<char> before = text[..start].TrimEnd(' ');
        ReadOnlySpan<char> after = text[end..].TrimStart(' ');
        return before.EndsWith("→") || before.EndsWith("->") || before.EndsWith("⇒") || after.StartsWith("→") || after.StartsWith("->")
            || after.StartsWith("⇒");
    }

    private static bool IsCompanySuffixAfter(ReadOnlySpan<char> text, int end)
    {
        if (end + 1 >= text.Length || text[end] is not (' ' or '_'))
        {
            return false;
        }

        int wordEnd = end + 1;
        while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd]) && text[wordEnd] is not (',' or '_' or '|' or ')' or '('))
        {
            wordEnd++;
        }

        ReadOnlySpan<char> word = text[(end + 1)..wordEnd];
        // "A.Ş..pdf": a file's extension may follow the suffix's own dot.
        int extension = word.IndexOf("..", StringComparison.Ordinal);
        if (extension > 0)
        {
            word = word[..(extension + 1)];
        }

        return IsOneOf(word, s_companySuffixes) || IsOneOf(word.TrimEnd('.'), s_companySuffixes);
    }

    // Companies named after their founders, written first in a product's name ("Dyson Airwrap", "Philips Hue", "Gibson Les Paul").
    private static readonly WordSet s_founderBrands = WordSet.Of(
        ["Dyson", "Philips", "Gibson", "Fender", "Bosch", "Siemens", "Miele", "Braun", "Porsche", "Ferrari", "Lamborghini", "Maserati", "Bugatti",
         "Dior", "Chanel", "Gucci", "Prada", "Versace", "Armani", "Cartier", "Hermès", "Boeing", "Dell", "Ford", "Chrysler", "Dodge", "Honda",
         "Disney", "Kellogg", "Heinz", "Cadbury", "Nestlé", "Kraft", "Hilton", "Marriott", "Wrigley", "Colgate", "Gillette", "Casio", "Michelin",
         "Peugeot", "Renault", "Citroën", "Opel", "Daimler", "Benz", "Bentley", "Royce", "McLaren", "Logitech", "Suzuki", "Yamaha", "Kawasaki",
         "Mitsubishi", "Toyota", "Ducati", "Steinway", "Bechstein", "Marshall", "Roland", "Korg", "Moog", "Wilson", "Spalding", "Hoover",
         "Tefal", "Rowenta", "Krups", "Smeg", "Lego", "Mattel", "Hasbro", "Guinness", "Heineken", "Carlsberg", "Jameson", "Bacardi", "Martini",
         "Barilla", "Kellogg's", "Lipton", "Hennessy", "Moët", "Bulgari", "Tiffany", "Rolex", "Breitling", "Omega", "Tissot", "Swarovski"]);

    private static bool IsEponymousBrand(ReadOnlySpan<char> text, int start, int end, bool honorific) =>
        IsOneOf(text[start..end], s_eponymousBrands) || (honorific && IsOneOf(text[start..WordEnd(text, start)], s_eponymousBrands))
        || (!honorific && end > WordEnd(text, start) && IsOneOf(text[start..WordEnd(text, start)], s_founderBrands));

    /// <summary>A title that names a channel ("#general | Builders - Discord"): its other segments are a server or a team, not a person.</summary>
    private static bool NamesChannel(ReadOnlySpan<char> text)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        for (int s = 0; s < n; s++)
        {
            if (At(text, bounds[s * 2]) == '#' && char.IsLetter(At(text, bounds[s * 2] + 1)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Capitalised names glued with "." or "-" inside a file's name ("Maja.Lindqvist.Contract.pdf",
    /// "Reference-Tuomas-Aalto-signed.pdf", "Okafor.Ngozi.Payslip.pdf"): a clear given name and a word no list calls
    /// common, or a clear family name and a given name; a hyphenated family name goes with them.
    /// </summary>
    private static void FindGluedCapitalisedNames(ReadOnlySpan<char> text, ref Findings found)
    {
        int i = 0;
        while (i < text.Length)
        {
            int tokenStart = Text.NextToken(text, ref i);
            ReadOnlySpan<char> token = text[tokenStart..i];
            int ext = token.LastIndexOf('.');
            if (!HasFileExtension(token, ext))
            {
                continue;
            }

            int p = 0;
            while (p < ext)
            {
                int pEnd = LettersEnd(token, p, ext);
                char sep = At(token, pEnd);
                int q = pEnd + 1;
                int qEnd = q < ext ? LettersEnd(token, q, ext) : q;
                // A token that goes on a name before it ("Youssef El-Amin.pdf") is the main scan's.
                bool startsPart = (p == 0 && !IsNameBefore(text, tokenStart)) || (p > 0 && !char.IsLetter(token[p - 1]));
                if (pEnd > p && startsPart && sep is '.' or '-' && qEnd > q && IsCapitalised(token[p..pEnd]) && IsCapitalised(token[q..qEnd])
                    && IsGluedPair(token[p..pEnd], token[q..qEnd]))
                {
                    int end = qEnd;
                    if (At(token, qEnd) == '-' && qEnd + 1 < ext)
                    {
                        int r = qEnd + 1;
                        int rEnd = LettersEnd(token, r, ext);
                        if (rEnd > r && IsCapitalised(token[r..rEnd]) && Lexicon.IsClearFamilyName(token[r..rEnd]) && !IsGluedFileWord(token[r..rEnd]))
                        {
                            end = rEnd;
                        }
                    }

                    if (!found.Overlaps(tokenStart + p, tokenStart + end) && !IsGluedCompanySuffix(token, end, ext))
                    {
                        found.Add(tokenStart + p, end - p, PiiKind.Person, 3);
                    }

                    p = end;
                    continue;
                }

                p = Math.Max(pEnd, p) + 1;
            }
        }
    }

    /// <summary>"Duval-Freres-SAS.xlsx": a legal form glued after the pair makes it a company.</summary>
    private static bool IsGluedCompanySuffix(ReadOnlySpan<char> token, int end, int ext)
    {
        if (end >= ext || token[end] is not ('-' or '_' or '.'))
        {
            return false;
        }

        int suffixEnd = end + 1;
        while (suffixEnd < ext && char.IsLetter(token[suffixEnd]))
        {
            suffixEnd++;
        }

        ReadOnlySpan<char> suffix = token[(end + 1)..suffixEnd];
        return IsOneOf(suffix, s_companySuffixes) || suffix is "sro" or "SRO" or "spol" or "gmbh" or "llc" or "ltd" or "inc";
    }

    private static bool IsNameBefore(ReadOnlySpan<char> text, int tokenStart)
    {
        if (tokenStart < 2 || text[tokenStart - 1] != ' ')
        {
            return false;
        }

        int wordStart = tokenStart - 1;
        while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return wordStart < tokenStart - 1 && IsCapitalised(text[wordStart..(tokenStart - 1)]);
    }

    private static int LettersEnd(ReadOnlySpan<char> token, int start, int limit)
    {
        int end = start;
        while (end < limit && (char.IsLetter(token[end]) || (token[end] is '\'' && end > start && char.IsLetter(At(token, end + 1)))))
        {
            end++;
        }

        return end;
    }

    private static bool IsGluedPair(ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        if (!IsNameShaped(first) || !IsNameShaped(second) || IsNotSurname(second) || IsOneOf(second, s_fileWords) || s_personalDocumentWords.Contains(second)
            || IsMonthOrDay(second))
        {
            return false;
        }

        if (Lexicon.IsClearFamilyName(first) && !Lexicon.IsCommonWord(first) && !IsGluedFileWord(first) && Lexicon.IsFirstName(second, out _))
        {
            // "Lindqvist.Saga": family name first, then a given name even if it is also a word.
            return true;
        }

        if (IsGluedFileWord(first) && !Lexicon.IsFirstName(first, out _))
        {
            return false;
        }

        return (Lexicon.IsClearFirstName(first) && second.Length >= 2 && !Lexicon.IsCommonWord(second))
            || (Lexicon.IsFirstName(first, out _) && Lexicon.IsClearFamilyName(second) && !Lexicon.IsCommonWord(second));
    }

    private static bool IsGluedFileWord(ReadOnlySpan<char> word) =>
        IsNotSurname(word) || IsOneOf(word, s_fileWords) || s_personalDocumentWords.Contains(word) || IsMonthOrDay(word) || Lexicon.IsCommonWord(word);

    /// <summary>Whether the run is a whole segment, not the last, of a title of two or more segments ("Giorgos Pappas – Clients").</summary>
    private static bool IsWholeSegmentOf(ReadOnlySpan<char> text, int start, int end)
    {
        Span<int> bounds = stackalloc int[32];
        int n = Segments(text, bounds);
        for (int s = 0; s < n - 1; s++)
        {
            if (bounds[s * 2] == start && bounds[(s * 2) + 1] == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the word starts the title or one of its segments.</summary>
    private static bool StartsSegment(ReadOnlySpan<char> text, int start)
    {
        int k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k < 0 || IsSegmentSeparator(text, k) || text[k] is '/' or '\\' or '(' or '[';
    }

    /// <summary>
    /// A chat line or notification: a sender's name, a colon and what they wrote in lower case ("Tuomas: can you send
    /// the file"). The sender is a listed first name, or a name-shaped word when an English word starts the message.
    /// </summary>
    private static bool IsChatSender(ReadOnlySpan<char> text, int end, bool isName)
    {
        if (At(text, end) != ':' || At(text, end + 1) != ' ' || !char.IsLower(At(text, end + 2)))
        {
            return false;
        }

        ReadOnlySpan<char> word = text[..end];
        if (IsNotSurname(word) || IsOneOf(word, s_assistants) || IsMonthOrDay(word) || IsOneOf(word, s_eponymousBrands) || !IsNameShaped(word))
        {
            return false;
        }

        int next = end + 2;
        int nextEnd = next;
        while (nextEnd < text.Length && (char.IsAsciiLetterLower(text[nextEnd]) || text[nextEnd] is '\'' or '’'))
        {
            nextEnd++;
        }

        // A message opens with a word of speech and runs on for three words or more; "Cookie: session=…" and
        // "Status: done" are a header and a field.
        ReadOnlySpan<char> first = text[next..nextEnd];
        int words = 1;
        for (int k = nextEnd; k < text.Length && words < 3; k++)
        {
            if (text[k] == ' ' && char.IsLetter(At(text, k + 1)))
            {
                words++;
            }
            else if (text[k] is '=' or ':' or '/' && words < 3)
            {
                return false;
            }
        }

        return words >= 3 && IsOneOf(first, s_messageOpenings) && (isName || (!Lexicon.IsCommonWord(word) && word.Length >= 3));
    }

    // Words a chat message starts with: pronouns, greetings, questions and the verbs of a request.
    private static readonly WordSet s_messageOpenings = WordSet.Of(
        ["i", "i'm", "i've", "i'll", "my", "me", "we", "we're", "our", "you", "your", "you're", "here's", "here", "it's", "it", "this", "that",
         "there", "there's", "can", "could", "would", "will", "should", "shall", "are", "is", "was", "did", "do", "does", "have", "has", "had",
         "please", "pls", "thanks", "thank", "thx", "sorry", "just", "ok", "okay", "hey", "hi", "hello", "so", "what", "what's", "when", "where",
         "how", "why", "who", "any", "sending", "sent", "see", "got", "let's", "the", "a", "running", "on", "at", "in", "call", "meet", "check",
         "look", "sure", "yes", "no", "yeah", "great", "cool", "nice", "good", "morning", "lunch", "need", "want", "don't", "can't", "won't"]);

    /// <summary>
    /// A group conversation named by its people before the messenger's name ("Tuomas, Wiebke, Ngozi » Slack",
    /// "Chat | Wiebke, 王 小明, Tuomas | Microsoft Teams"), or one person before " » " or " :: " ("Ngozi Okafor » WhatsApp"):
    /// every item of the list is a person when each is made of name-shaped words and one is a listed given name.
    /// </summary>
    private static void FindPeopleBeforeMessenger(ReadOnlySpan<char> text, ref Findings found)
    {
        int tail = -1;
        int tailLength = 0;
        for (int k = text.Length - 2; k > 0; k--)
        {
            if (text[k - 1] != ' ')
            {
                continue;
            }

            int length = text[k] is '»' && At(text, k + 1) == ' ' ? 1 : text[k] == ':' && At(text, k + 1) == ':' && At(text, k + 2) == ' ' ? 2
                : IsSegmentSeparator(text, k) && At(text, k + 1) == ' ' ? 1 : 0;
            if (length > 0)
            {
                tail = k;
                tailLength = length;
                break;
            }
        }

        if (tail < 0 || !IsOneOf(WithoutCount(text[(tail + tailLength)..].Trim()), s_conversationSegments))
        {
            return;
        }

        // The list is the segment just before the messenger's name.
        ReadOnlySpan<char> head = text[..(tail - 1)];
        int start = 0;
        for (int k = head.Length - 1; k > 0; k--)
        {
            if (IsSegmentSeparator(head, k) && At(head, k - 1) == ' ')
            {
                start = k + 1;
                break;
            }
        }

        while (start < head.Length && head[start] == ' ')
        {
            start++;
        }

        bool single = tailLength == 2 || text[tail] == '»';
        int items = 0;
        int listed = 0;
        int i = start;
        while (i < head.Length)
        {
            int itemEnd = ListItemEnd(head, i);
            int kind = ListItemKind(head[i..itemEnd], out bool given);
            if (kind == 0)
            {
                return;
            }

            items++;
            listed += given ? 1 : 0;
            i = NextListItem(head, itemEnd);
            if (i < 0)
            {
                break;
            }
        }

        // Two words around one comma are "Family, Given", which the main scan reads as one name.
        bool commaPair = items == 2 && head[ListItemEnd(head, start)..].StartsWith(",");
        bool list = items >= 2 && listed >= 1 && !commaPair;
        bool person = single && items == 1 && head[start..].Contains(' ') && (listed == 1 || LastIsClearFamilyName(head, start, head.Length));
        if (!list && !person)
        {
            return;
        }

        i = start;
        while (i < head.Length)
        {
            int itemEnd = ListItemEnd(head, i);
            if (ListItemKind(head[i..itemEnd], out _) == 1 && !found.Overlaps(i, itemEnd))
            {
                found.Add(i, itemEnd - i, PiiKind.Person, 3);
            }

            i = NextListItem(head, itemEnd);
            if (i < 0)
            {
                break;
            }
        }
    }

    private static int ListItemEnd(ReadOnlySpan<char> head, int start)
    {
        int end = start;
        while (end < head.Length && head[end] != ',' && !head[end..].StartsWith(" and ") && !head[end..].StartsWith(" & "))
        {
            end++;
        }

        while (end > start && head[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    /// <summary>Where the next item starts after ", ", " and " or " &amp; ", or -1 at the end; "and 3 others" ends the list.</summary>
    private static int NextListItem(ReadOnlySpan<char> head, int end)
    {
        int k = end;
        if (k >= head.Length)
        {
            return -1;
        }

        k += head[k] == ',' ? 1 : head[k..].StartsWith(" and ") ? 5 : head[k..].StartsWith(" & ") ? 3 : 0;
        while (k < head.Length && head[k] == ' ')
        {
            k++;
        }

        return k >= head.Length || char.IsAsciiDigit(head[k]) || head[k] == '+' ? -1 : k;
    }

    /// <summary>1 for a Latin name (one to three name-shaped words), 2 for a word in another script, 0 for anything else.</summary>
    private static int ListItemKind(ReadOnlySpan<char> item, out bool given)
    {
        given = false;
        if (item.IsEmpty)
        {
            return 0;
        }

        if (ScriptOf(item[0]) != NativeScript.None)
        {
            return item.Length <= 12 ? 2 : 0;
        }

        int words = 0;
        int i = 0;
        while (i < item.Length)
        {
            int end = NameWordEnd(item, i);
            ReadOnlySpan<char> word = item[i..end];
            if (end == i || !IsCapitalised(word) || !IsNameShaped(word) || IsNotSurname(word) || IsOneOf(word, s_assistants) || IsMonthOrDay(word)
                || (Lexicon.IsCommonWord(word) && !Lexicon.IsFirstName(word, out _)))
            {
                return 0;
            }

            given |= words == 0 && Lexicon.IsFirstName(word, out _);
            words++;
            i = end;
            if (i < item.Length && item[i] != ' ')
            {
                return 0;
            }

            i++;
        }

        return words is >= 1 and <= 3 ? 1 : 0;
    }

    /// <summary>
    /// A name alone as the last segment after a topic ("Lisbon travel guide – Rick Steves", "Baker Street - Gerry
    /// Rafferty") is the page's author, artist or publisher, as an application's name is; a person's record carries an
    /// identifier, a cue or a document word, which other rules read.
    /// </summary>
    // Words of a title about one person's record or conversation: the name after them is that person's.
    private static readonly WordSet s_recordWords = WordSet.Of(
        ["notes", "note", "feedback", "review", "agenda", "letter", "contract", "invoice", "report", "profile", "account", "file", "record",
         "case", "ticket", "application", "statement", "meeting", "sync", "call", "chat", "interview", "onboarding", "offboarding", "evaluation",
         "timesheet", "expenses", "claim", "order", "booking", "reservation", "appointment", "prescription", "message", "messages", "dm",
         "1:1", "draft", "proposal", "quote", "offer", "lease", "tenancy", "policy", "patient", "employee", "candidate", "customer", "client"]);

    private static bool IsPublisherSegment(ReadOnlySpan<char> text, int start, int end, bool lastSegment)
    {
        if (!lastSegment || text[end..].Trim().Length > 0)
        {
            return false;
        }

        int k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        // Only a topic of words may come before: digits, brackets and "@" belong to records and messages.
        // "Feedback - Jane Doe", "Meeting notes – Jane Doe" are a person's: a word of the things people own says so.
        ReadOnlySpan<char> before = text[..Math.Max(k, 0)];
        if (before.IndexOfAny('@', '#', '(') >= 0 || CountDigits(before) >= 5 || IsMailSubject(text))
        {
            return false;
        }

        int words = 0;
        int i = 0;
        while (i < before.Length)
        {
            while (i < before.Length && !char.IsLetter(before[i]))
            {
                i++;
            }

            int wordEnd = i;
            while (wordEnd < before.Length && char.IsLetter(before[wordEnd]))
            {
                wordEnd++;
            }

            if (wordEnd > i && (IsOneOf(before[i..wordEnd], s_recordWords) || s_personalDocumentWords.Contains(before[i..wordEnd])))
            {
                return false;
            }

            words += wordEnd > i ? 1 : 0;
            i = wordEnd;
        }

        return words >= 2;
    }
}
