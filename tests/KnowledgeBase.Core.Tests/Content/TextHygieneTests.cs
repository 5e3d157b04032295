using KnowledgeBase.Core.Content;
using KnowledgeBase.Core.Mail;

namespace KnowledgeBase.Core.Tests.Content;

/// <summary>What typed text may hold before it is stored, and what reaches a mail header.</summary>
public class TextHygieneTests
{
    [Theory]
    [InlineData("avant\u0000après", "avantaprès")]
    [InlineData("cloche\u0007 échap\u001B\u007F\u0085 fin", "cloche échap fin")]
    [InlineData("photo\u202Egpj.exe", "photogpj.exe")]
    [InlineData("\u2066isolé\u2069 \u202Aintégré\u202C", "isolé intégré")]
    [InlineData("ligne\r\nsuivante\rencore", "ligne\nsuivante\nencore")]
    [InlineData("tabulation\tgardée", "tabulation\tgardée")]
    [InlineData("émoji 🙂 gardé", "émoji 🙂 gardé")]
    public void Forbidden_characters_go_and_the_rest_stays(string typed, string kept) => Assert.Equal(kept, TextHygiene.Clean(typed));

    [Fact]
    public void A_lone_half_of_a_surrogate_pair_goes() =>
        // Built at run time: an attribute cannot hold a lone surrogate.
        Assert.Equal("moitié seule", TextHygiene.Clean("moitié" + (char)0xD83D + " seule"));

    [Fact]
    public void Clean_text_is_returned_as_is()
    {
        var text = "Un texte ordinaire, avec des accents : éàü.";
        Assert.Same(text, TextHygiene.Clean(text));
    }

    [Theory]
    [InlineData("Ligne un\nLigne deux", true)]
    [InlineData("Ligne un\rLigne deux", true)]
    [InlineData("Ligne un\u2028Ligne deux", true)]
    [InlineData("Une seule ligne", false)]
    [InlineData(null, false)]
    public void Line_breaks_are_found(string? text, bool found) => Assert.Equal(found, TextHygiene.HasLineBreak(text));

    [Theory]
    [InlineData("KnowledgeBase – Ligne un\r\nBcc: x@example.org", "KnowledgeBase – Ligne un Bcc: x@example.org")]
    [InlineData("Titre\u0000\u0007\t   espacé  ", "Titre espacé")]
    [InlineData("", "KnowledgeBase")]
    public void A_mail_subject_is_one_clean_line(string subject, string expected) => Assert.Equal(expected, MailText.Subject(subject));

    [Fact]
    public void Retry_delays_double_up_to_their_ceiling()
    {
        var options = new OutboxOptions { FirstRetryDelay = TimeSpan.FromSeconds(30), MaxRetryDelay = TimeSpan.FromMinutes(4) };
        Assert.Equal([30, 60, 120, 240, 240], Enumerable.Range(1, 5).Select(n => (int)options.RetryDelay(n).TotalSeconds));
    }
}
