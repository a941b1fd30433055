//! Pieces that pages share.

pub mod article;
pub mod layout;
pub mod missing;
