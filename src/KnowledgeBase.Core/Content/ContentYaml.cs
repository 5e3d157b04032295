using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.EventEmitters;
using YamlDotNet.Serialization.NamingConventions;

namespace KnowledgeBase.Core.Content;

/// <summary>
/// Writes YAML the way content/ is written by hand: snake_case keys, lists of words in flow
/// style ([a, b]), dates as 2024-03-12, nothing empty, quotes only where YAML needs them.
/// Lines are never folded, so that what is read back is exactly what was written.
/// </summary>
internal static class ContentYaml
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections | DefaultValuesHandling.OmitDefaults)
        .WithQuotingNecessaryStrings()
        .WithTypeConverter(new DateAsDay())
        .WithEventEmitter(next => new FlowStringLists(next))
        .DisableAliases()
        .Build();

    public static string Write(object graph)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Serializer.Serialize(new Emitter(writer, new EmitterSettings(2, int.MaxValue, false, 1024)), graph);
        return writer.ToString().Replace("\r\n", "\n");
    }

    private sealed class FlowStringLists(IEventEmitter next) : ChainedEventEmitter(next)
    {
        public override void Emit(SequenceStartEventInfo eventInfo, IEmitter emitter)
        {
            if (eventInfo.Source.Type == typeof(List<string>)) eventInfo.Style = SequenceStyle.Flow;
            base.Emit(eventInfo, emitter);
        }
    }

    private sealed class DateAsDay : IYamlTypeConverter
    {
        public bool Accepts(Type type) => type == typeof(DateTime) || type == typeof(DateTime?);

        public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer) =>
            DateTime.Parse(parser.Consume<Scalar>().Value, CultureInfo.InvariantCulture);

        public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
            emitter.Emit(new Scalar(((DateTime)value!).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }
}
