using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace KnowledgeBase.Core.Initiatives;

/// <summary>A stable fingerprint of a value's JSON form, to tell whether content changed.</summary>
public static class ContentHashes
{
    public static string Of<T>(T value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value))));
}
