//! Pieces that pages share.

pub mod add_article;
pub mod analysis_status;
pub mod article;
pub mod export;
pub mod filter_bar;
pub mod highlighted;
pub mod layout;
pub mod legend;
pub mod list_toggle;
pub mod matrix;
pub mod missing;
