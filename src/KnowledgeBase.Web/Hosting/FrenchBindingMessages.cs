using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace KnowledgeBase.Web.Hosting;

/// <summary>The framework's model-binding messages ("The value 'x' is not valid for Y."), in French, localized.</summary>
public sealed class FrenchBindingMessages(IStringLocalizerFactory localizers) : IConfigureOptions<MvcOptions>
{
    public void Configure(MvcOptions options)
    {
        var T = localizers.Create(typeof(SharedResource));
        var m = options.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => T["La valeur « {0} » n'est pas valable pour « {1} ».", value, field]);
        m.SetUnknownValueIsInvalidAccessor(field => T["La valeur indiquée n'est pas valable pour « {0} ».", field]);
        m.SetValueIsInvalidAccessor(value => T["La valeur « {0} » n'est pas valable.", value]);
        m.SetValueMustBeANumberAccessor(field => T["« {0} » doit être un nombre.", field]);
        m.SetMissingBindRequiredValueAccessor(field => T["Indiquez une valeur pour « {0} ».", field]);
        m.SetMissingKeyOrValueAccessor(() => T["Une valeur est attendue."]);
        m.SetMissingRequestBodyRequiredValueAccessor(() => T["Le formulaire envoyé est vide."]);
        m.SetValueMustNotBeNullAccessor(value => T["La valeur « {0} » n'est pas valable.", value]);
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => T["La valeur « {0} » n'est pas valable.", value]);
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => T["La valeur indiquée n'est pas valable."]);
        m.SetNonPropertyValueMustBeANumberAccessor(() => T["Ce champ doit être un nombre."]);
    }
}
