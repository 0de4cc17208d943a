//! Pricing.

use crate::hetzner::pricing::PricingResponse;
use crate::operation;

operation! {
    /// Get all prices: of every resource, in the currency and VAT of the Project's owner.
    #[derive(Default)]
    pub struct GetPricing: GET "/pricing" -> PricingResponse {}
}
