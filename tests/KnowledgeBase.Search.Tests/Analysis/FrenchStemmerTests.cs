using System.Text;
using KnowledgeBase.Search.Analysis;

namespace KnowledgeBase.Search.Tests.Analysis;

public class FrenchStemmerTests
{
    [Fact]
    public void Reproduces_the_Snowball_reference_vocabulary()
    {
        var folder = RepositoryFiles.Find(Path.Combine("shared", "testdata", "snowball-french"));
        var words = File.ReadAllLines(Path.Combine(folder, "voc.txt"), Encoding.UTF8);
        var stems = File.ReadAllLines(Path.Combine(folder, "output.txt"), Encoding.UTF8);
        Assert.Equal(words.Length, stems.Length);
        Assert.True(words.Length > 20_000, $"Only {words.Length} reference words were read.");

        var mismatches = new List<string>();
        var failures = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var actual = FrenchStemmer.Stem(words[i]);
            if (actual == stems[i]) continue;
            failures++;
            if (mismatches.Count < 30) mismatches.Add($"line {i + 1}: {words[i]} → {actual}, expected {stems[i]}");
        }

        Assert.True(failures == 0,
            $"{failures} of {words.Length} words stem differently, first ones:\n" + string.Join("\n", mismatches));
    }

    [Theory]
    [InlineData("logements", "log")]
    [InlineData("logement", "log")]
    [InlineData("insertion", "insert")]
    [InlineData("solidarité", "solidar")]
    [InlineData("pôle", "pôl")]
    [InlineData("l'insertion", "insert")]
    [InlineData("LOGEMENTS", "log")]
    [InlineData("Habitat", "habitat")]
    public void Stems_common_words(string word, string stem) => Assert.Equal(stem, FrenchStemmer.Stem(word));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("'")]
    [InlineData("l'")]
    [InlineData("qu'")]
    [InlineData("ëïëï")]
    [InlineData("yyyy")]
    [InlineData("quququ")]
    public void Never_throws_on_odd_input(string word) => Assert.NotNull(FrenchStemmer.Stem(word));

    [Fact]
    public void Long_words_are_stemmed_too()
    {
        var word = string.Concat(Enumerable.Repeat("anticonstitutionnel", 10)) + "lement";
        Assert.StartsWith("anticonstitutionnel", FrenchStemmer.Stem(word));
    }
}
