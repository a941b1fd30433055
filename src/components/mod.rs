//! Pieces that pages share.

pub mod add_article;
pub mod article;
pub mod export;
pub mod layout;
pub mod missing;
