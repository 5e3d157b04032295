using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace KnowledgeBase.Web.Hosting;

/// <summary>
/// Validation attributes written without a message get a French one (a key of
/// SharedResource, so English too), instead of the framework's English default.
/// </summary>
public sealed class FrenchValidationMessages : IValidationMetadataProvider
{
    public void CreateValidationMetadata(ValidationMetadataProviderContext context)
    {
        foreach (var attribute in context.ValidationMetadata.ValidatorMetadata.OfType<ValidationAttribute>())
        {
            if (attribute.ErrorMessage is not null || attribute.ErrorMessageResourceName is not null) continue;
            attribute.ErrorMessage = attribute switch
            {
                RequiredAttribute => "Le champ « {0} » est obligatoire.",
                StringLengthAttribute { MinimumLength: > 0 } => "« {0} » compte entre {2} et {1} caractères.",
                StringLengthAttribute or MaxLengthAttribute => "« {0} » compte au plus {1} caractères.",
                RangeAttribute => "« {0} » doit être compris entre {1} et {2}.",
                EmailAddressAttribute => "« {0} » n'est pas une adresse électronique valable.",
                CompareAttribute => "« {0} » et « {1} » ne correspondent pas.",
                _ => "La valeur de « {0} » n'est pas valable.",
            };
        }
    }
}
