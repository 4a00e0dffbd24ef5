//! The obligations document's part of the second wave's money and health
//! (design §10.1–§10.2): `share` bands, early-delivery bonuses, indexed
//! retainers, who pays, and the `health` period.

use super::{cap_json, Writer};
use crate::emit::json::MoneyJson;
use crate::emit::json::{HealthJson, IndexationJson, PaymentJson, ShareBandJson};
use crate::ir;

impl Writer<'_> {
    pub(super) fn second_wave_payments(&self, pay: &ir::Payments, payee: &str) -> Vec<PaymentJson> {
        let payer = pay.payer.map(|x| self.party(x));
        let currency = self.p.currency.clone().unwrap_or_default();
        let mut out = Vec::new();
        for share in &pay.shares {
            let signal = self
                .portfolio
                .signals
                .get(share.base)
                .map_or_else(String::new, |s| s.name.clone());
            out.push(PaymentJson::Share {
                id: share.id.clone(),
                payee: payee.to_string(),
                payer: payer.clone(),
                of_signal: signal,
                bands: share
                    .bands
                    .iter()
                    .map(|b| ShareBandJson {
                        rate_percent: b.rate.normalize().to_string(),
                        up_to: b.up_to.map(|limit| MoneyJson {
                            amount: limit.normalize().to_string(),
                            currency: currency.clone(),
                        }),
                    })
                    .collect(),
                cap: share.cap.as_ref().map(cap_json),
                description: self.doc(share.span),
                source: self.source(share.span),
            });
        }
        for bonus in &pay.early_bonuses {
            out.push(PaymentJson::EarlyBonus {
                id: bonus.id.clone(),
                payee: payee.to_string(),
                payer: payer.clone(),
                name: bonus.name.clone(),
                milestone: bonus.milestone.written.clone(),
                per_day: (&bonus.per_day).into(),
                cap: bonus.cap.as_ref().map(cap_json),
                description: self.doc(bonus.span),
                source: self.source(bonus.span),
            });
        }
        out
    }

    pub(super) fn indexation(&self, ix: &ir::Indexation) -> IndexationJson {
        IndexationJson {
            signal: self
                .portfolio
                .signals
                .get(ix.signal)
                .map_or_else(String::new, |s| s.name.clone()),
            cap_percent: ix.cap.map(|c| c.normalize().to_string()),
            floor_percent: ix.floor.map(|f| f.normalize().to_string()),
        }
    }

    pub(super) fn health(&self) -> Option<HealthJson> {
        self.p.health.as_ref().map(|h| HealthJson {
            period: h.period.text(),
            source: self.source(h.span),
        })
    }
}
