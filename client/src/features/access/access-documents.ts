import { graphql } from '../../graphql/generated';

/**
 * Who is signed in; null when nobody is (the one field the server answers anonymously). The only
 * document that asks for the viewer: the pages read RequireViewer's answer (useSignedInViewer).
 */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      id
      email
      displayName
      role
      agency {
        id
        name
        # A director's home is their agency's province (home-page.tsx): known from this first
        # answer, the dashboard's code and data are asked for at once, not after another request.
        # fullName: the developers' explorer names it in its first query (explorer-section.tsx).
        province {
          id
          code
          fullName
        }
      }
      postOffice {
        id
        name
        # A coordinator's workspace lists their office's province (workspace-page.tsx): known from here.
        province {
          id
          code
          fullName
        }
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      account {
        id
        displayName
        role
      }
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
