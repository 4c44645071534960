//! What the client's tests share besides `act-test-support`: clients of a sample server, its
//! shared app, a recorder of the client's events, and its files.

use std::sync::{Arc, Mutex};

use act_api::{ApiToken, AppRef, BaseUrl, Client, ClientConfig, ClientEvent, Url};
use act_sample_server::data::FileData;
use act_sample_server::{content, SampleServer, SAMPLE_TOKEN};
pub use act_test_support::{quick_retries, server};

/// A client of `server` sending `token`, with quick retries and the product's timeouts (a
/// minute without bytes is a stall): a test that needs a stall caught sooner says so.
pub fn client_for(server: &SampleServer, token: &str) -> Client {
    let config = ClientConfig {
        base_url: BaseUrl::parse(&server.api_url()).unwrap(),
        retry: quick_retries(),
        ..ClientConfig::default()
    };
    Client::new(config, ApiToken::new(token)).unwrap()
}

/// [`client_for`] with the sample token.
pub fn client(server: &SampleServer) -> Client {
    client_for(server, SAMPLE_TOKEN)
}

/// The app whose runs several clients share.
pub fn shared_app(server: &SampleServer) -> AppRef {
    let app = &server.dataset().apps[0];
    AppRef {
        owner: app.owner.name.clone(),
        app: app.name.clone(),
    }
}

/// The client, and the events it tells.
pub fn recorder(client: Client) -> (Client, Arc<Mutex<Vec<ClientEvent>>>) {
    let events = Arc::new(Mutex::new(Vec::new()));
    let sink = events.clone();
    (
        client.with_events(move |e| sink.lock().unwrap().push(e.clone())),
        events,
    )
}

/// A file of the sample data at least `size` bytes long, and its URL.
pub fn big_file(server: &SampleServer, size: u64) -> (FileData, Url) {
    let file = server
        .dataset()
        .files
        .values()
        .find(|f| f.size >= size)
        .unwrap()
        .clone();
    let url = Url::parse(&server.file_url(&file.key).unwrap()).unwrap();
    (file, url)
}

/// The bytes the storage serves for `file`.
pub fn served(file: &FileData) -> Vec<u8> {
    content::chunks(content::seed_of(&file.key), file.kind, file.size)
        .flatten()
        .collect()
}
