using System.Text;
using Inclusief.Data;
using Inclusief.Web.Features.Knowledge;
using Inclusief.Web.Features.Newsletter;
using Microsoft.EntityFrameworkCore;

namespace Inclusief.Web.Infrastructure.Database;

/// <summary>
/// Generated content for the benchmarks: a knowledge base of N items in Dutch and English (words drawn from
/// the programme's own vocabulary, so searches hit realistic numbers of items), and N confirmed newsletter
/// subscribers with a draft edition ready to send.
/// </summary>
public static class LoadCorpus
{
    private static readonly string[] DutchFunctionWords = ["de", "het", "een", "en", "van", "in", "op", "voor", "met", "is", "dat", "die", "niet", "te", "zijn", "ook", "als", "bij", "om", "aan", "naar"];

    private static readonly string[] EnglishFunctionWords = ["the", "of", "and", "to", "a", "in", "is", "for", "on", "that", "with", "as", "by", "it", "are", "be", "this"];

    /// <summary>The programme's own words, from common to rare: they take Zipf ranks 25, 40, 55, ... in a vocabulary of 5,000.</summary>
    private static readonly string[] DutchDomainWords =
    [
        "sekswerkers", "gemeente", "beleid", "bank", "sekswerker", "werkplek", "veiligheid", "zorg", "politie", "vergunning",
        "huisvesting", "ondernemer", "uitsluiting", "klacht", "bankrekening", "prostitutiebeleid", "exploitant", "handhaving", "belasting", "woning",
        "inclusie", "samenwerking", "onderzoek", "werkgroep", "stigma", "discriminatie", "gezondheid", "hulpverlening", "rechten", "privacy",
        "vertrouwen", "dialoog", "advies", "ervaring", "verhaal", "handreiking", "methode", "evaluatie", "resultaat", "inspraak",
        "hypotheek", "verzekering", "bedrijfspand", "zelfstandige", "inschrijving", "klachtenbalie", "waarschuwing", "thuiswerk", "raamprostitutie", "escort",
        "klankbordgroep", "expertgroep", "actieonderzoek", "focusgroep", "soa", "uitstap", "schuldhulp", "inkomen", "pensioen", "regulering",
        "symposium", "lesmodule", "cursus", "wethouder", "raadslid", "procedure", "bezwaar", "beroep", "leiden", "utrecht",
    ];

    private static readonly string[] EnglishDomainWords =
    [
        "sex", "workers", "municipality", "policy", "bank", "safety", "care", "police", "licence", "housing",
        "exclusion", "complaint", "account", "accounts", "operator", "enforcement", "tax", "inclusion", "research", "stigma",
        "discrimination", "health", "support", "rights", "privacy", "trust", "dialogue", "advice", "experience", "guide",
        "mortgage", "insurance", "premises", "entrepreneur", "registration", "warning", "window", "escort", "income", "pension",
    ];

    private static readonly string[] Syllables = ["ka", "ro", "ven", "mi", "del", "sto", "ber", "an", "lu", "pe", "tra", "ning", "sel", "or", "wi", "dam", "gen", "ho", "ker", "lin"];

    private static readonly string[] Themes = ["bankzaken", "huisvesting", "vergunningen", "veiligheid", "gezondheid", "belastingen", "stigma", "beleid", "zorg", "werkplek"];

    /// <summary>
    /// Words drawn by Zipf's law over a vocabulary of 5,000 (function words first, the domain words spread from
    /// common to rare, made-up filler words for the rest), so that "bank" is in a realistic share of the items
    /// and a function word in nearly all of them.
    /// </summary>
    private sealed class Vocabulary
    {
        private readonly string[] _words;
        private readonly double[] _cumulative;

        public Vocabulary(string[] functionWords, string[] domainWords)
        {
            const int size = 5000;
            var words = new string?[size];
            for (var i = 0; i < functionWords.Length; i++)
            {
                words[i] = functionWords[i];
            }
            for (var i = 0; i < domainWords.Length; i++)
            {
                words[25 + (i * 15)] = domainWords[i];
            }
            var filler = 0;
            for (var i = 0; i < size; i++)
            {
                if (words[i] is null)
                {
                    var n = filler++;
                    words[i] = Syllables[n % 20] + Syllables[n / 20 % 20] + Syllables[n / 400 % 20];
                }
            }
            _words = words!;
            _cumulative = new double[size];
            var total = 0.0;
            for (var i = 0; i < size; i++)
            {
                total += 1.0 / (i + 1);
                _cumulative[i] = total;
            }
        }

        public string Text(Random random, int count)
        {
            var text = new StringBuilder();
            for (var w = 0; w < count; w++)
            {
                var index = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
                text.Append(_words[index < 0 ? ~index : index]).Append(w % 12 == 11 ? ". " : " ");
            }
            return text.ToString().Trim();
        }
    }

    public static async Task KnowledgeAsync(AppDbContext db, KnowledgeSearch search, int count, DateTime now)
    {
        var random = new Random(42);
        var dutch = new Vocabulary(DutchFunctionWords, DutchDomainWords);
        var english = new Vocabulary(EnglishFunctionWords, EnglishDomainWords);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var start = 0; start < count; start += 1000)
        {
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var inEnglish = i % 4 == 0;
                var words = inEnglish ? english : dutch;
                var kind = KnowledgeKinds.All[i % KnowledgeKinds.All.Count];
                var item = KnowledgeItem.Start(new KnowledgeItem.Draft(kind, words.Text(random, 6), words.Text(random, 30), words.Text(random, 150 + random.Next(150)),
                    inEnglish ? "en" : "nl", $"Auteur {i % 500}", i % 10 == 0 ? KnowledgeVisibility.Members : KnowledgeVisibility.Public,
                    kind == KnowledgeKind.Media ? "https://example.org/podcast" : null, null,
                    [Themes[random.Next(Themes.Length)], Themes[random.Next(Themes.Length)]], [], [], [], [], []), "load", now.AddMinutes(-i));
                if (kind == KnowledgeKind.TeachingModule)
                {
                    item.AddLesson(words.Text(random, 5), words.Text(random, 80));
                }
                item.Publish(now.AddMinutes(-i));
                db.Add(item);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        await search.RebuildAsync();
    }

    /// <summary>N confirmed subscribers (load-i@subscribers.example) and a draft edition; returns the edition's id.</summary>
    public static async Task<Guid> SubscribersAsync(AppDbContext db, int count, DateTime now)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var start = 0; start < count; start += 1000)
        {
            for (var i = start; i < Math.Min(count, start + 1000); i++)
            {
                var subscriber = NewsletterSubscriber.Create($"load-{i:D6}@subscribers.example", i % 5 == 0 ? "en" : "nl", now);
                subscriber.RequestConfirmation("load", "nl", now);
                subscriber.Confirm(now);
                db.Add(subscriber);
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        var edition = NewsletterEdition.Draft("load", now);
        var latest = await db.Set<KnowledgeItem>().Where(i => i.Status == KnowledgeStatus.Published && i.Visibility == KnowledgeVisibility.Public)
            .OrderByDescending(i => i.PublishedAt).Select(i => i.Id).Take(3).ToListAsync();
        edition.Compose("Bench-editie", "Een fictieve nieuwsbrief voor de belastingproef.\n\nHij gaat één keer naar iedere abonnee.", [], [], latest);
        db.Add(edition);
        await db.SaveChangesAsync();
        return edition.Id;
    }
}
